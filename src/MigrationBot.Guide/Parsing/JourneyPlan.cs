namespace MigrationBot.Guide.Parsing;

/// <summary>
/// The journey of a guide and the role of each article. Declared steps (<c>guide.yml</c>) win; then the toc's
/// groups named by step words, at the shallowest depth that has two or more ("Plan", "Migrate", "Operate"), each led by its first article; otherwise articles whose
/// title or file name leads with a step word form the journey in reading order, one article per step name. An article
/// about one service area is a service guide, never an inferred step; a FAQ or glossary is neither.
/// </summary>
internal sealed record JourneyPlan(IReadOnlyList<JourneyStep> Steps, IReadOnlyDictionary<string, ArticleRole> Roles)
{
    /// <param name="articles">Every article, in reading order.</param>
    /// <param name="inTocOrder">
    /// True when the reading order comes from a toc; otherwise inferred steps are put in lifecycle order
    /// (assess, plan, design, prepare, migrate, execute, cut over, evaluate, optimize, decommission).
    /// </param>
    /// <param name="groups">The toc's groups at every depth, in toc order.</param>
    public static JourneyPlan Build(IReadOnlyList<JourneyCandidate> articles, bool inTocOrder, IReadOnlyList<DeclaredStep>? declared, IReadOnlyList<TocStepGroup> groups, ICollection<GuideDiagnostic> diagnostics)
    {
        var roles = new Dictionary<string, ArticleRole>(StringComparer.OrdinalIgnoreCase);
        var steps = new List<JourneyStep>();
        var inferred = new List<JourneyStep>();
        var byPath = articles.ToDictionary(a => a.Path, StringComparer.OrdinalIgnoreCase);

        foreach (var step in declared ?? [])
        {
            if (!byPath.TryGetValue(step.Article, out var article))
            {
                diagnostics.Add(DiagnosticCodes.JourneyArticle(GuideDeclaration.FileName, step.Line, step.Name, step.Article));
                continue;
            }

            if (roles.TryAdd(article.Path, new ArticleRole(ArticleKind.Step, steps.Count + 1, step.Name, null)))
            {
                steps.Add(new JourneyStep(steps.Count + 1, step.Name, article.Path));
            }
        }

        var stepGroups = declared is null ? StepGroups(groups, byPath) : [];
        foreach (var group in stepGroups)
        {
            roles[group.FirstArticle] = new ArticleRole(ArticleKind.Step, steps.Count + 1, group.Name, null);
            steps.Add(new JourneyStep(steps.Count + 1, group.Name, group.FirstArticle));
        }

        foreach (var article in articles.Where(a => !roles.ContainsKey(a.Path)))
        {
            var name = FileName(article.Path);
            if (JourneyWords.IsReference(article.Title))
            {
                roles[article.Path] = ArticleRole.Other;
                continue;
            }

            var hub = name.Equals("index", StringComparison.OrdinalIgnoreCase) || JourneyWords.IsOverview(article.Title) || JourneyWords.IsOverview(name);
            var stepName = declared is null && stepGroups.Count == 0 && !hub
                ? JourneyWords.LeadingStep(article.Title) ?? JourneyWords.LeadingStep(name)
                : null;
            // "Prepare networking and identity" prepares; only a title led by "migrate" (or no step word) may name its area anywhere.
            var leading = JourneyWords.LeadingStep(article.Title);
            var anywhere = stepName is null && (leading is null || leading.StartsWith("Migrat", StringComparison.OrdinalIgnoreCase));
            var area = AreaOf(article, name, anywhere);
            if (area is not null)
            {
                roles[article.Path] = new ArticleRole(ArticleKind.Service, null, null, area);
            }
            else if (stepName is not null && !inferred.Any(s => s.Name.Equals(stepName, StringComparison.OrdinalIgnoreCase)))
            {
                inferred.Add(new JourneyStep(0, stepName, article.Path));
            }
            else
            {
                roles[article.Path] = ArticleRole.Other;
            }
        }

        var ordered = inTocOrder ? inferred : inferred.OrderBy(s => JourneyWords.StepRank(s.Name)).ToList();
        foreach (var step in ordered)
        {
            roles[step.ArticlePath] = new ArticleRole(ArticleKind.Step, steps.Count + 1, step.Name, null);
            steps.Add(step with { Number = steps.Count + 1 });
        }

        return new JourneyPlan(steps, roles);
    }

    /// <summary>
    /// The toc's groups named by step words alone, at the shallowest depth where at least two are: a toc laid out as
    /// "Plan / Migrate / Operate", at the top or under "How-to guides", declares its journey by its shape.
    /// </summary>
    private static List<TocStepGroup> StepGroups(IReadOnlyList<TocStepGroup> groups, Dictionary<string, JourneyCandidate> byPath) =>
        groups
            .Where(g => byPath.ContainsKey(g.FirstArticle) && JourneyWords.IsStepName(g.Name))
            .GroupBy(g => g.Depth)
            .OrderBy(level => level.Key)
            .Select(level => level.DistinctBy(g => g.FirstArticle, StringComparer.OrdinalIgnoreCase).Select(g => g with { FirstArticle = byPath[g.FirstArticle].Path }).ToList())
            .FirstOrDefault(level => level.Count >= 2) ?? [];

    private static string? AreaOf(JourneyCandidate article, string fileName, bool anywhere) =>
        JourneyWords.Area(article.Title, anywhere: false)
        ?? JourneyWords.Area(fileName, anywhere: false)
        ?? (article.TocName is null ? null : JourneyWords.Area(article.TocName, anywhere: false))
        ?? (anywhere ? JourneyWords.Area(article.Title, anywhere: true) : null);

    private static string FileName(string path) => Path.GetFileNameWithoutExtension(path);
}
