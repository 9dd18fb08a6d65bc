namespace MigrationBot.Guide.Tests.Cards;

/// <summary>How a node script ended.</summary>
internal sealed record NodeRun(int ExitCode, string Output, string Error);
