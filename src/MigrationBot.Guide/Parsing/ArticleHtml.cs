namespace MigrationBot.Guide.Parsing;

/// <summary>An article's body rendered as an HTML fragment, ready to sit inside a page.</summary>
/// <param name="ArticlePath">The article's path relative to the content root.</param>
/// <param name="Body">The article's Markdown as HTML: headings carry the parser's anchors, raw HTML is not passed through.</param>
/// <param name="HasTitle">True when the body starts its own H1 (a page adds one otherwise).</param>
/// <param name="HasNextStepAction">True when the body has a <c>nextstepaction</c> link of its own.</param>
public sealed record ArticleHtml(string ArticlePath, string Body, bool HasTitle, bool HasNextStepAction);
