namespace MigrationBot.Guide.Parsing;

/// <summary>An article as the journey sees it: its path, title and toc name.</summary>
internal sealed record JourneyCandidate(string Path, string Title, string? TocName);
