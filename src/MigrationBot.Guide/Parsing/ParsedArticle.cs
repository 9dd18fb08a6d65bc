namespace MigrationBot.Guide.Parsing;

/// <summary>An article read on its own, before the guide-wide passes (links, next steps, journey).</summary>
/// <param name="Path">Path relative to the content root, as on disk.</param>
/// <param name="Url">The article's public URL.</param>
internal sealed record ParsedArticle(string Path, string Url, FrontMatter FrontMatter, ParsedBody Body)
{
    /// <summary>Front matter title, else the H1, else null.</summary>
    public string? DeclaredTitle => FrontMatter["title"] ?? Body.H1;

    /// <summary>The title, falling back to the file name.</summary>
    public string Title => DeclaredTitle ?? System.IO.Path.GetFileNameWithoutExtension(Path);
}
