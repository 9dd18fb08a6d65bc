namespace MigrationBot.Guide;

/// <summary>One entry of <c>toc.yml</c>.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Href">The href as written, or null for a grouping entry.</param>
/// <param name="ArticlePath">The article it points at when it is one of the guide's articles, else null.</param>
/// <param name="Items">Nested entries.</param>
public sealed record TocEntry(string Name, string? Href, string? ArticlePath, IReadOnlyList<TocEntry> Items);
