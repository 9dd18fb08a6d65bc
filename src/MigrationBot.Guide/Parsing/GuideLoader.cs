namespace MigrationBot.Guide.Parsing;

/// <summary>
/// Loads a guide folder (Learn-format Markdown, <c>toc.yml</c>, <c>guide.yml</c>, <c>synonyms.txt</c>) into a
/// <see cref="MigrationGuide"/>. Bad content never throws: every problem becomes a <see cref="GuideDiagnostic"/> and
/// the rest of the guide still loads.
/// </summary>
public static class GuideLoader
{
    private const string TocFile = "toc.yml";
    private const string SynonymsFile = "synonyms.txt";
    private const string HubFile = "index.md";

    /// <summary>Reads every file of the guide at <paramref name="contentRoot"/> and builds the model.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist (a guide with no article is a diagnostic instead).</exception>
    public static async Task<MigrationGuide> LoadAsync(string contentRoot, GuideLoadOptions options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.GetFullPath(contentRoot);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The guide folder '{root}' does not exist.");
        }

        var diagnostics = new List<GuideDiagnostic>();
        var files = await GuideFiles.ReadAsync(root, diagnostics, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return Build(root, files, options, diagnostics);
    }

    private static MigrationGuide Build(string root, GuideFiles files, GuideLoadOptions options, List<GuideDiagnostic> diagnostics)
    {
        var declaration = GuideDeclaration.Read(files, diagnostics);
        var toc = files.Text(TocFile) is not null ? new TocParser(files, diagnostics).Parse(TocFile) : [];
        var articlePaths = ArticlePaths(files, toc);
        var articleSet = articlePaths.ToDictionary(p => p, StringComparer.OrdinalIgnoreCase);
        toc = toc.Select(entry => KeepArticles(entry, articleSet)).ToList();

        var tocTitle = toc.FirstOrDefault(e => e.Href is not null && e.Name.Length > 0)?.Name;
        var settings = new GuideSettings(
            declaration.Title ?? tocTitle ?? HubTitle(files) ?? Path.GetFileName(root),
            WithSlash(declaration.BaseUrl ?? options.BaseUrl),
            (declaration.SiteRoot ?? options.SiteRoot).TrimEnd('/'),
            declaration.BaseUrl is not null);

        var preprocessor = new SourcePreprocessor(files, diagnostics);
        var parsed = new Dictionary<string, ParsedArticle>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in articlePaths)
        {
            parsed[path] = Parse(path, files, settings, preprocessor, diagnostics);
        }

        var tocOrder = Flatten(toc).Select(e => e.ArticlePath).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var tocPosition = tocOrder.Select((path, index) => (path, index)).ToDictionary(p => p.path, p => p.index, StringComparer.OrdinalIgnoreCase);
        // Toc order, then the articles the toc leaves out by path, a root index.md (the hub) first.
        var rest = articlePaths.Except(tocOrder, StringComparer.OrdinalIgnoreCase).OrderBy(p => !p.Equals(HubFile, StringComparison.OrdinalIgnoreCase));
        var readingOrder = tocOrder.Concat(rest).Select(p => parsed[p]).ToList();
        var tocNames = Flatten(toc).Where(e => e.ArticlePath is not null).DistinctBy(e => e.ArticlePath, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(e => e.ArticlePath!, e => e.Name, StringComparer.OrdinalIgnoreCase);
        var journey = JourneyPlan.Build(
            readingOrder.Select(a => new JourneyCandidate(a.Path, a.Title, tocNames.GetValueOrDefault(a.Path))).ToList(),
            inTocOrder: tocOrder.Count > 0,
            declaration.Journey,
            Groups(toc),
            diagnostics);

        var resolver = new LinkResolver(settings, files, parsed);
        var articles = new List<GuideArticle>(readingOrder.Count);
        foreach (var article in readingOrder)
        {
            var links = article.Body.Links.Select(l => resolver.Resolve(l, article.Path, diagnostics)).OfType<GuideLink>().ToList();
            var next = article.Body.NextStep is { } explicitNext
                ? resolver.Resolve(explicitNext, article.Path, diagnostics: null)
                : tocOrder.Count > 0 ? NextInToc(article.Path, tocOrder, tocPosition, parsed) : NextInJourney(article.Path, journey.Steps, parsed);
            // Without a toc (or with one that did not load) there is nothing to be missing from.
            if (toc.Count > 0 && !tocPosition.ContainsKey(article.Path))
            {
                diagnostics.Add(DiagnosticCodes.Toc(article.Path));
            }

            articles.Add(Assemble(article, journey.Roles[article.Path], next, links));
        }

        if (articles.Count == 0)
        {
            diagnostics.Add(DiagnosticCodes.Empty(root));
        }

        var ordered = diagnostics
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new MigrationGuide(
            root,
            settings,
            articles,
            toc,
            journey.Steps,
            readingOrder.SelectMany(a => a.Body.Mappings).ToList(),
            files.Text(SynonymsFile),
            ordered,
            files.Hash);
    }

    private static ParsedArticle Parse(string path, GuideFiles files, GuideSettings settings, SourcePreprocessor preprocessor, List<GuideDiagnostic> diagnostics)
    {
        var lines = files.Lines(path) ?? [];
        var frontMatter = FrontMatter.Read(path, lines, diagnostics);
        var expanded = preprocessor.Expand(path, lines, frontMatter.BodyStart);
        var url = LinkResolver.UrlOf(settings, path);
        var body = ArticleParser.Parse(path, url, expanded, diagnostics);
        var article = new ParsedArticle(path, url, frontMatter, body);
        if (article.DeclaredTitle is null)
        {
            diagnostics.Add(DiagnosticCodes.Title(path));
        }

        if (frontMatter["description"] is null)
        {
            diagnostics.Add(DiagnosticCodes.Description(path));
        }

        return article;
    }

    private static GuideArticle Assemble(ParsedArticle article, ArticleRole role, GuideLink? next, IReadOnlyList<GuideLink> links) => new(
        article.Path,
        article.Title,
        article.FrontMatter["description"],
        article.FrontMatter["ms.date"],
        article.FrontMatter["ms.topic"],
        article.FrontMatter.Values,
        article.Url,
        role.Kind,
        role.StepNumber,
        role.StepName,
        role.Area,
        article.Body.Sections,
        next,
        links);

    /// <summary>
    /// Markdown files that are articles: not under an <c>includes</c> folder, and not only included (an included file
    /// is an article only when the toc lists it).
    /// </summary>
    private static List<string> ArticlePaths(GuideFiles files, IReadOnlyList<TocEntry> toc)
    {
        var inToc = Flatten(toc).Select(e => e.ArticlePath).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var included = files.MarkdownPaths
            .SelectMany(path => SourcePreprocessor.IncludeTargets(path, files.Lines(path) ?? []))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return files.MarkdownPaths
            .Where(path => !IsUnderIncludes(path) && (!included.Contains(path) || inToc.Contains(path)))
            .ToList();
    }

    private static bool IsUnderIncludes(string path) =>
        path.Split('/')[..^1].Any(folder => folder.Equals("includes", StringComparison.OrdinalIgnoreCase));

    private static TocEntry KeepArticles(TocEntry entry, Dictionary<string, string> articles) => entry with
    {
        ArticlePath = entry.ArticlePath is { } path ? articles.GetValueOrDefault(path) : null,
        Items = entry.Items.Select(item => KeepArticles(item, articles)).ToList(),
    };

    /// <summary>The toc's groups (entries without an href) that hold at least one article, in toc order, at any depth.</summary>
    private static List<TocStepGroup> Groups(IEnumerable<TocEntry> entries, int depth = 0) =>
        entries.SelectMany(e => Groups(e.Items, depth + 1).Prepend(
                e.Href is null && Flatten(e.Items).Select(i => i.ArticlePath).OfType<string>().FirstOrDefault() is { } first
                    ? new TocStepGroup(e.Name, depth, first)
                    : null))
            .OfType<TocStepGroup>()
            .ToList();

    private static IEnumerable<TocEntry> Flatten(IEnumerable<TocEntry> entries) =>
        entries.SelectMany(e => Flatten(e.Items).Prepend(e));

    private static GuideLink? NextInToc(string path, List<string> tocOrder, Dictionary<string, int> tocPosition, Dictionary<string, ParsedArticle> parsed)
    {
        if (!tocPosition.TryGetValue(path, out var index) || index + 1 >= tocOrder.Count)
        {
            return null;
        }

        var next = parsed[tocOrder[index + 1]];
        return new GuideLink(next.Title, next.Url, next.Path);
    }

    /// <summary>Without a toc: the hub leads to the first step, and each step to the one after it.</summary>
    private static GuideLink? NextInJourney(string path, IReadOnlyList<JourneyStep> steps, Dictionary<string, ParsedArticle> parsed)
    {
        var current = steps.Select(s => s.ArticlePath).ToList().FindIndex(p => p.Equals(path, StringComparison.OrdinalIgnoreCase));
        var index = path.Equals(HubFile, StringComparison.OrdinalIgnoreCase) ? 0 : current < 0 ? -1 : current + 1;
        if (index < 0 || index >= steps.Count)
        {
            return null;
        }

        var next = parsed[steps[index].ArticlePath];
        return new GuideLink(next.Title, next.Url, next.Path);
    }

    /// <summary>The title of the root <c>index.md</c> from its front matter or H1 line, or null.</summary>
    private static string? HubTitle(GuideFiles files)
    {
        if (files.Lines(HubFile) is not { } lines)
        {
            return null;
        }

        var frontMatter = FrontMatter.Read(HubFile, lines, diagnostics: null);
        return frontMatter["title"]
            ?? lines.Skip(frontMatter.BodyStart).FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim();
    }

    private static string WithSlash(string url) => url.EndsWith('/') ? url : url + "/";
}
