namespace MigrationBot.Guide.Answering.Quality;

/// <summary>How well answers matched a question set. Rates are 0-1.</summary>
/// <param name="Questions">All questions.</param>
/// <param name="InScope">Questions the guide covers.</param>
/// <param name="OutOfScope">Questions it does not.</param>
/// <param name="Top1Article">In-scope questions whose first result is in the expected article.</param>
/// <param name="Mrr5">Mean reciprocal rank of the first result in the expected article among the first five (0 past five or when declined).</param>
/// <param name="SectionHit1">In-scope questions whose first result is the expected section (any section of the article when none is expected).</param>
/// <param name="OutOfScopeDeclined">Out-of-scope questions declined.</param>
/// <param name="InScopeWronglyDeclined">In-scope questions declined.</param>
/// <param name="Misses">Questions not answered as expected.</param>
public sealed record QualityReport(
    int Questions,
    int InScope,
    int OutOfScope,
    double Top1Article,
    double Mrr5,
    double SectionHit1,
    double OutOfScopeDeclined,
    double InScopeWronglyDeclined,
    IReadOnlyList<QualityMiss> Misses);
