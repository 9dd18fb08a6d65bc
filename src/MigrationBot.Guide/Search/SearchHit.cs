namespace MigrationBot.Guide.Search;

/// <summary>One section found for a question, with the evidence the answer needs to trust it or not.</summary>
/// <param name="SectionId">The section's id.</param>
/// <param name="ArticlePath">The article the section belongs to.</param>
/// <param name="Score">The BM25 score; comparable only within one search.</param>
/// <param name="Coverage">Share (0-1, weighted by rarity) of the question's meaningful terms known to the guide that the section contains.</param>
/// <param name="ArticleCoverage">The same share over the whole article the section belongs to.</param>
/// <param name="MatchedTerms">The question's terms the section contains.</param>
/// <param name="HeadingCoverage">The same share over the section's heading alone: how much of the question the
/// section is about, not merely mentions.</param>
public sealed record SearchHit(
    string SectionId,
    string ArticlePath,
    double Score,
    double Coverage,
    double ArticleCoverage,
    IReadOnlyList<string> MatchedTerms,
    double HeadingCoverage = 0)
{
    /// <summary>Share of the question's neighbouring known words (not words any question uses) that the section also
    /// holds close together (within a few words); -1 when the question has fewer than two such words.</summary>
    public double PairsTogether { get; init; } = -1;
}
