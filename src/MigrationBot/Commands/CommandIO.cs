namespace MigrationBot.Commands;

/// <summary>The streams a command reads and writes, so tests can drive commands in memory.</summary>
public sealed record CommandIO(TextReader Input, TextWriter Output, TextWriter Error);
