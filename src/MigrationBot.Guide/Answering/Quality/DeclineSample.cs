namespace MigrationBot.Guide.Answering.Quality;

/// <summary>One benchmark question with the evidence the decline decision weighs.</summary>
/// <param name="Set">The question set's name.</param>
/// <param name="Guide">The guide's folder name: the unit of leave-one-guide-out validation.</param>
/// <param name="Question">The question.</param>
/// <param name="InScope">True when the guide covers the question.</param>
/// <param name="Evidence">What the search found.</param>
public sealed record DeclineSample(string Set, string Guide, BenchQuestion Question, bool InScope, DeclineEvidence Evidence);
