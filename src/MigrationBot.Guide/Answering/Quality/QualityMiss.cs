namespace MigrationBot.Guide.Answering.Quality;

/// <summary>A question answered other than expected.</summary>
/// <param name="Question">The question with its expectation.</param>
/// <param name="Outcome">What went wrong: "declined", "answered", "wrong article", "wrong section".</param>
/// <param name="Got">The first result's section id, or null when declined.</param>
public sealed record QualityMiss(BenchQuestion Question, string Outcome, string? Got);
