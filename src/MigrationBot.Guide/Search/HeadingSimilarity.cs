namespace MigrationBot.Guide.Search;

/// <summary>
/// How close a section's own heading is to a question as a whole: the cosine, weighted by rarity, of the question's
/// known words and the heading's words. A heading that says what the question asks and little else scores near 1
/// ("Choose between Bicep and Terraform" for "bicep or terraform?"); a long heading that shares one word scores low.
/// </summary>
internal sealed class HeadingSimilarity
{
    private readonly IndexVocabulary _vocabulary;
    private readonly double[] _headingNorms;
    private readonly HashSet<string>[] _headingWords;

    /// <param name="headingWords">Per document, the distinct terms of the section's own heading (for an introduction, its article's title).</param>
    public HeadingSimilarity(IndexVocabulary vocabulary, IReadOnlyList<string[]> headingWords)
    {
        _vocabulary = vocabulary;
        _headingNorms = headingWords.Select(words => words.Sum(t => Square(vocabulary.Weight(t)))).ToArray();
        _headingWords = headingWords.Select(words => words.ToHashSet(StringComparer.Ordinal)).ToArray();
    }

    /// <summary>The question's words with their squared weights, computed once per question.</summary>
    public Asked Prepare(IEnumerable<string> words)
    {
        var weights = words.Select(t => new KeyValuePair<string, double>(t, Square(_vocabulary.Weight(t)))).ToArray();
        return new Asked(weights, Math.Sqrt(weights.Sum(w => w.Value)));
    }

    /// <summary>The similarity (0-1) of a section's heading to the question's words.</summary>
    public double Of(int doc, Asked asked)
    {
        // A question word the heading holds only through a synonym or its parent heading joins the heading's
        // own words, so the cosine stays a cosine.
        var headingSquare = _headingNorms[doc];
        var shared = 0.0;
        foreach (var (term, weight) in asked.Weights)
        {
            if (_headingWords[doc].Contains(term))
            {
                shared += weight;
            }
            else if (_vocabulary.HeadingHas(doc, term))
            {
                shared += weight;
                headingSquare += weight;
            }
        }

        return shared == 0 ? 0 : shared / (asked.Norm * Math.Sqrt(headingSquare));
    }

    private static double Square(double x) => x * x;

    /// <summary>A question's words with their squared weights, and the length of that vector.</summary>
    public sealed record Asked(KeyValuePair<string, double>[] Weights, double Norm);
}
