namespace MigrationBot.Guide.Search;

/// <summary>
/// The parts of a guide a question about the guide or its process points at: the hub (the root article that
/// introduces the guide), the journey (the hub and the step articles) and each article's introduction.
/// </summary>
internal sealed class GuideRoles
{
    private static readonly string[] HubNames = ["index", "overview"];

    private readonly HashSet<string> _hubs;
    private readonly HashSet<string> _journey;
    private readonly HashSet<string> _introductions;

    private GuideRoles(HashSet<string> hubs, HashSet<string> journey, HashSet<string> introductions)
    {
        _hubs = hubs;
        _journey = journey;
        _introductions = introductions;
    }

    public static GuideRoles Of(MigrationGuide guide)
    {
        var others = guide.Articles.Where(a => a.Kind == ArticleKind.Article).ToList();
        var hubs = others
            .Where(a => !a.Path.Contains('/', StringComparison.Ordinal) && HubNames.Contains(Path.GetFileNameWithoutExtension(a.Path), StringComparer.OrdinalIgnoreCase))
            .Select(a => a.Path)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (hubs.Count == 0 && guide.Articles.Count > 0 && guide.Articles[0].Kind == ArticleKind.Article)
        {
            hubs.Add(guide.Articles[0].Path);
        }

        var journey = guide.Articles.Where(a => a.Kind == ArticleKind.Step).Select(a => a.Path).Concat(hubs).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var introductions = guide.Articles.SelectMany(a => a.Sections).Where(s => s.Anchor is null).Select(s => s.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new GuideRoles(hubs, journey, introductions);
    }

    public bool IsHub(string articlePath) => _hubs.Contains(articlePath);

    public bool IsJourney(string articlePath) => _journey.Contains(articlePath);

    public bool IsIntroduction(string sectionId) => _introductions.Contains(sectionId);
}
