namespace MigrationBot.Guide;

/// <summary>
/// A loaded guide: every article with its sections, the reading order, the journey, the service mappings
/// and every diagnostic found while loading. Immutable; build a new one to refresh.
/// </summary>
public sealed record MigrationGuide(
    string ContentRoot,
    GuideSettings Settings,
    IReadOnlyList<GuideArticle> Articles,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<JourneyStep> Journey,
    IReadOnlyList<ServiceMapping> Mappings,
    string? Synonyms,
    IReadOnlyList<GuideDiagnostic> Diagnostics,
    string ContentHash)
{
    private readonly Dictionary<string, GuideArticle> _articlesByPath =
        Articles.ToDictionary(a => a.Path, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, GuideSection> _sectionsById = Articles
        .SelectMany(a => a.Sections)
        .DistinctBy(s => s.Id, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Number of sections over all articles.</summary>
    public int SectionCount => _sectionsById.Count;

    /// <summary>The article at a path relative to the content root (forward slashes), or null.</summary>
    public GuideArticle? FindArticle(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _articlesByPath.GetValueOrDefault(path);
    }

    /// <summary>The section with a given id (<c>path.md#anchor</c>, or <c>path.md</c> for an introduction), or null.</summary>
    public GuideSection? FindSection(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _sectionsById.GetValueOrDefault(id);
    }
}
