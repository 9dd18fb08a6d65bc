namespace MigrationBot.Guide.Parsing;

/// <summary>A group of <c>toc.yml</c> ("Plan", "Migrate"), how deep it sits (0 at the top) and the first article under it.</summary>
internal sealed record TocStepGroup(string Name, int Depth, string FirstArticle);
