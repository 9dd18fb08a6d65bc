namespace MigrationBot.Guide.Parsing;

/// <summary>What an article is to the journey.</summary>
internal sealed record ArticleRole(ArticleKind Kind, int? StepNumber, string? StepName, string? Area)
{
    public static readonly ArticleRole Other = new(ArticleKind.Article, null, null, null);
}
