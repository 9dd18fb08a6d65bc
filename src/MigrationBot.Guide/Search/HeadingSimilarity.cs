namespace MigrationBot.Guide.Search;

/// <summary>
/// How close a section's own heading is to a question as a whole: the cosine, weighted by rarity, of the question's
/// known words and the heading's words. A heading that says what the question asks and little else scores near 1
/// ("Choose between Bicep and Terraform" for "bicep or terraform?"); a long heading that shares one word scores low.
/// </summary>
internal sealed class HeadingSimilarity(IndexVocabulary vocabulary, IReadOnlyList<string[]> headingWords)
{
    /// <summary>The rarity-weighted length of a question's words, computed once per question.</summary>
    public double Norm(IEnumerable<string> asked) => Math.Sqrt(asked.Sum(t => Square(vocabulary.Weight(t))));

    /// <summary>The similarity (0-1) of a section's heading (for an introduction, its article's title) to the question's words.</summary>
    public double Of(int doc, IReadOnlyList<string> asked, double askedNorm)
    {
        var heading = headingWords[doc];
        if (askedNorm == 0 || heading.Length == 0)
        {
            return 0;
        }

        var shared = asked.Where(t => vocabulary.HeadingHas(doc, t)).Sum(t => Square(vocabulary.Weight(t)));
        var headingNorm = Math.Sqrt(heading.Sum(t => Square(vocabulary.Weight(t))));
        return shared == 0 || headingNorm == 0 ? 0 : Math.Min(1, shared / (askedNorm * headingNorm));
    }

    private static double Square(double x) => x * x;
}
