namespace MigrationBot.Guide.Parsing;

/// <summary>What <see cref="ArticleParser"/> reads from an article's Markdown, before links are resolved.</summary>
/// <param name="H1">The first H1's text, or null.</param>
/// <param name="Sections">The introduction, then one section per H2 and H3.</param>
/// <param name="Anchors">Every heading anchor of the article (all levels), for checking links.</param>
/// <param name="Links">Every link, in document order.</param>
/// <param name="NextStep">The first <c>nextstepaction</c> link, or null.</param>
/// <param name="Mappings">Rows of AWS-to-Azure mapping tables.</param>
internal sealed record ParsedBody(
    string? H1,
    IReadOnlyList<GuideSection> Sections,
    IReadOnlySet<string> Anchors,
    IReadOnlyList<RawLink> Links,
    RawLink? NextStep,
    IReadOnlyList<ServiceMapping> Mappings);

