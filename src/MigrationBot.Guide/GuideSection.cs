namespace MigrationBot.Guide;

/// <summary>
/// The searchable unit of a guide: an article's introduction (text before the first H2) or one H2 or H3.
/// </summary>
/// <param name="Id">The article path plus the anchor (<c>services/storage.md#blob-tiers</c>); the introduction's id is the path alone.</param>
/// <param name="ArticlePath">Path of the article the section belongs to (the including article for included text).</param>
/// <param name="Heading">The heading text, or null for the introduction.</param>
/// <param name="HeadingPath">Headings from the H2 down to this one (empty for the introduction).</param>
/// <param name="Anchor">The anchor id Learn gives the heading, or null for the introduction.</param>
/// <param name="Level">1 for the introduction, else the heading level (2 or 3).</param>
/// <param name="Line">1-based line of the heading in the article (1 for the introduction).</param>
/// <param name="Blocks">The section's content in order: paragraphs, list items, table rows, code.</param>
/// <param name="Text">All block text joined, the form that is indexed.</param>
/// <param name="Url">Public URL of the section, with its anchor.</param>
public sealed record GuideSection(
    string Id,
    string ArticlePath,
    string? Heading,
    IReadOnlyList<string> HeadingPath,
    string? Anchor,
    int Level,
    int Line,
    IReadOnlyList<SectionBlock> Blocks,
    string Text,
    string Url);
