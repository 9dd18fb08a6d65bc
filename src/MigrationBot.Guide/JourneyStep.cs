namespace MigrationBot.Guide;

/// <summary>One step of a guide's migration journey.</summary>
/// <param name="Number">1-based position.</param>
/// <param name="Name">The guide's own name for the step ("Assess", "Plan", ...).</param>
/// <param name="ArticlePath">The step's article.</param>
public sealed record JourneyStep(int Number, string Name, string ArticlePath);
