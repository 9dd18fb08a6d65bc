namespace MigrationBot.Guide.Parsing;

/// <summary>An article's body rendered as an HTML fragment, ready to sit inside a page.</summary>
/// <param name="ArticlePath">The article's path relative to the content root.</param>
/// <param name="Heading">The text of the article's H1, which <paramref name="Body"/> leaves out so a page can place it; null when there is none.</param>
/// <param name="HeadingAnchor">The H1's anchor, or null when there is no H1.</param>
/// <param name="Body">The rest of the article's Markdown as HTML: headings carry the parser's anchors, raw HTML is not passed through.</param>
/// <param name="HasNextStepAction">True when the body has a <c>nextstepaction</c> link of its own.</param>
public sealed record ArticleHtml(string ArticlePath, string? Heading, string? HeadingAnchor, string Body, bool HasNextStepAction);
