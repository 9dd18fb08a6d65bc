using MigrationBot.Guide.Search;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// Decides whether the guide covers a question, from evidence that means the same on any guide rather than from
/// raw BM25 scores (which are not comparable across guides).
/// <list type="number">
/// <item>A question that names a service the guide maps is covered.</item>
/// <item>A question with no searchable words, or no hits, is not.</item>
/// <item>A question made only of everyday words (stop words, "azure", "migrate", words found in a large share of
/// the guide's sections) is covered: it is about the guide as a whole.</item>
/// <item>A question is not covered when at least <see cref="MaxUnknownShare"/> of its content words (not stop
/// words, not words any question uses; words common in this guide do count) never occur in the guide. Counting words, not weights, keeps long chatty questions
/// with a few stray words answerable.</item>
/// <item>Otherwise the meaningful words the guide knows are weighted by rarity (idf over the sections' own words).
/// The question is covered when one of the top hits is about it: its heading holds at least
/// <see cref="MinHeadingCoverage"/> of that weight, its article at least <see cref="MinArticleCoverage"/> and the
/// section at least <see cref="MinSectionCoverage"/>. A hit whose heading does not name the question's words only
/// uses them in passing (words of other trades, "password", "rules", "python", turn up anywhere in a long guide) and
/// needs <see cref="MinArticleCoverageInPassing"/> and <see cref="MinSectionCoverageInPassing"/>.</item>
/// </list>
/// </summary>
public sealed class DeclinePolicy
{
    /// <summary>Share of the question's meaningful weight the article of a hit whose heading names the topic must hold.</summary>
    public double MinArticleCoverage { get; init; } = 0.5;

    /// <summary>Share of the question's meaningful weight a hit whose heading names the topic must hold.</summary>
    public double MinSectionCoverage { get; init; } = 0.3;

    /// <summary>Share of the meaningful weight a section's heading must hold for the section to count as about the question.</summary>
    public double MinHeadingCoverage { get; init; } = 0.1;

    /// <summary>Share of the meaningful weight the best article must hold when no considered hit's heading names the topic.</summary>
    public double MinArticleCoverageInPassing { get; init; } = 0.6;

    /// <summary>Share of the meaningful weight the section must hold when its heading does not name the topic.</summary>
    public double MinSectionCoverageInPassing { get; init; } = 0.5;

    /// <summary>A question is declined when at least this share of its meaningful words never occurs in the guide.</summary>
    public double MaxUnknownShare { get; init; } = 0.5;

    /// <summary>The share of unknown words that declines a question with at least <see cref="LongQuestionTerms"/> meaningful words.</summary>
    public double MaxUnknownShareLong { get; init; } = 0.6;

    /// <summary>From this many meaningful words on, a question counts as long.</summary>
    public int LongQuestionTerms { get; init; } = 5;

    /// <summary>How many of the top hits are looked at.</summary>
    public int HitsConsidered { get; init; } = 5;

    /// <summary>True when the guide does not cover the question.</summary>
    public bool ShouldDecline(SearchResult result, bool namesMappedService)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (namesMappedService)
        {
            return false;
        }

        if (result.Terms.Count == 0 || result.Hits.Count == 0)
        {
            return true;
        }

        if (result.MeaningfulTerms.Count == 0)
        {
            return false;
        }

        // Long questions carry more stray words (slang, names, asides) than short ones; they get more room.
        var share = result.ContentTermCount >= LongQuestionTerms ? MaxUnknownShareLong : MaxUnknownShare;
        if (result.UnknownTerms.Count >= share * result.ContentTermCount)
        {
            return true;
        }

        // A hit whose heading names the question's topic needs the usual coverage; hits that only use the
        // question's words in passing need more, since everyday words of other trades turn up anywhere.
        return !result.Hits
            .Take(HitsConsidered)
            .Any(hit => hit.HeadingCoverage >= MinHeadingCoverage
                ? hit.ArticleCoverage >= MinArticleCoverage && hit.Coverage >= MinSectionCoverage
                : hit.ArticleCoverage >= MinArticleCoverageInPassing && hit.Coverage >= MinSectionCoverageInPassing);
    }
}
