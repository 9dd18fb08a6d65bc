namespace MigrationBot.Guide.Answering;

/// <summary>A section with its article, as an answer or a ranked result.</summary>
/// <param name="Article">The article the section belongs to.</param>
/// <param name="Section">The section.</param>
/// <param name="Score">Relevance score of the search that found it (0 when not from a search).</param>
public sealed record AnswerSection(GuideArticle Article, GuideSection Section, double Score);
