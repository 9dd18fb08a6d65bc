namespace MigrationBot.Guide.Search;

/// <summary>
/// The parts of a guide a question may point at by their role rather than their topic: the hub (the root article
/// that introduces the guide), each article's introduction, and the journey's steps by name.
/// </summary>
internal sealed class GuideRoles
{
    private const int StemLength = 5;
    private const int MaxSuffix = 6;

    private static readonly string[] HubNames = ["index", "overview"];

    private readonly HashSet<string> _hubs;
    private readonly HashSet<string> _introductions;
    private readonly IReadOnlyList<JourneyStep> _steps;

    private GuideRoles(HashSet<string> hubs, HashSet<string> introductions, IReadOnlyList<JourneyStep> steps)
    {
        _hubs = hubs;
        _introductions = introductions;
        _steps = steps;
    }

    /// <param name="everyday">Tells words any question uses ("migrate", "move"): a step named so is never named by a question.</param>
    public static GuideRoles Of(MigrationGuide guide, Func<string, bool> everyday)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var hubs = guide.Articles
            .Where(a => a.Kind == ArticleKind.Article && !a.Path.Contains('/', StringComparison.Ordinal) && HubNames.Contains(Path.GetFileNameWithoutExtension(a.Path), StringComparer.OrdinalIgnoreCase))
            .Select(a => a.Path)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (hubs.Count == 0 && guide.Articles.Count > 0 && guide.Articles[0].Kind == ArticleKind.Article)
        {
            hubs.Add(guide.Articles[0].Path);
        }

        var introductions = guide.Articles.SelectMany(a => a.Sections).Where(s => s.Anchor is null).Select(s => s.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var steps = guide.Journey.Where(step => !step.Name.Split(' ').Any(everyday)).ToList();
        return new GuideRoles(hubs, introductions, steps);
    }

    public bool IsHub(string articlePath) => _hubs.Contains(articlePath);

    public bool IsIntroduction(string sectionId) => _introductions.Contains(sectionId);

    /// <summary>
    /// The articles of the steps a question's words name in any form ("assessment" and "assessing" name Assess,
    /// "preparation" names Prepare): a word names a step when it starts with the first five letters of the
    /// step's first word (all of it when shorter).
    /// </summary>
    public HashSet<string> StepsNamedBy(IReadOnlyList<string> words)
    {
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var step in _steps)
        {
            var name = step.Name.Split(' ')[0].ToLowerInvariant();
            var stem = name[..Math.Min(name.Length, StemLength)];
            if (words.Any(w => w.StartsWith(stem, StringComparison.Ordinal) && w.Length <= name.Length + MaxSuffix))
            {
                named.Add(step.ArticlePath);
            }
        }

        return named;
    }
}
