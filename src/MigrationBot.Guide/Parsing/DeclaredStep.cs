namespace MigrationBot.Guide.Parsing;

/// <summary>A journey step as <c>guide.yml</c> declares it.</summary>
internal sealed record DeclaredStep(string Name, string Article, int Line);
