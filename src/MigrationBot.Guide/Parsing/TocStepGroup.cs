namespace MigrationBot.Guide.Parsing;

/// <summary>A top-level group of <c>toc.yml</c> ("Plan", "Migrate") and the first article under it.</summary>
internal sealed record TocStepGroup(string Name, string FirstArticle);
