namespace MigrationBot.Guide.Parsing;

/// <summary>
/// Every diagnostic the loader reports: its stable code, its severity and its message, in one place.
/// Errors are <c>MB001</c> to <c>MB019</c>, warnings <c>MB020</c> and up.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>Error: a file could not be read, or is not UTF-8 text.</summary>
    public const string UnreadableFile = "MB001";

    /// <summary>Error: an article's front matter is not valid YAML, or is not closed by a <c>---</c> line.</summary>
    public const string InvalidFrontMatter = "MB002";

    /// <summary>Error: an <c>[!INCLUDE]</c> names a file that does not exist.</summary>
    public const string MissingInclude = "MB003";

    /// <summary>Error: an <c>[!INCLUDE]</c> includes itself, directly or through other includes.</summary>
    public const string IncludeCycle = "MB004";

    /// <summary>Error: a relative link points at a file or article that does not exist in the guide.</summary>
    public const string MissingLinkTarget = "MB005";

    /// <summary>Error: a <c>toc.yml</c> entry points at a file that does not exist.</summary>
    public const string MissingTocTarget = "MB006";

    /// <summary>Error: a <c>toc.yml</c> is not valid YAML or not a list of entries.</summary>
    public const string InvalidToc = "MB007";

    /// <summary>Error: <c>guide.yml</c> is not valid YAML or has a value of the wrong shape.</summary>
    public const string InvalidSettings = "MB008";

    /// <summary>Error: a journey step in <c>guide.yml</c> names an article the guide does not have.</summary>
    public const string MissingJourneyArticle = "MB009";

    /// <summary>Error: two sections of one article get the same id.</summary>
    public const string DuplicateSectionId = "MB010";

    /// <summary>Error: the content folder holds no article.</summary>
    public const string NoArticles = "MB011";

    /// <summary>Warning: an article has no title (no front matter <c>title</c> and no H1).</summary>
    public const string MissingTitle = "MB020";

    /// <summary>Warning: an article has no front matter <c>description</c>.</summary>
    public const string MissingDescription = "MB021";

    /// <summary>Warning: an article is not listed in <c>toc.yml</c> (only when the guide has a toc with entries).</summary>
    public const string NotInToc = "MB022";

    /// <summary>Warning: a heading has no text under it and no subsection.</summary>
    public const string EmptySection = "MB023";

    /// <summary>Warning: a link names an anchor the target article does not have.</summary>
    public const string MissingAnchor = "MB024";

    internal static GuideDiagnostic Unreadable(string file, string reason) =>
        Error(file, 0, UnreadableFile, $"The file could not be read: {reason}");

    internal static GuideDiagnostic FrontMatter(string file, int line, string reason) =>
        Error(file, line, InvalidFrontMatter, $"The front matter is not valid YAML: {reason}");

    internal static GuideDiagnostic Include(string file, int line, string target) =>
        Error(file, line, MissingInclude, $"The included file '{target}' does not exist; fix the path (it is relative to this file).");

    internal static GuideDiagnostic Cycle(string file, int line, string target) =>
        Error(file, line, IncludeCycle, $"Including '{target}' here would include it inside itself; remove the circular include.");

    internal static GuideDiagnostic Link(string file, int line, string url) =>
        Error(file, line, MissingLinkTarget, $"The link target '{url}' does not exist in the guide; fix the path (it is relative to this file).");

    internal static GuideDiagnostic Toc(string file, int line, string href) =>
        Error(file, line, MissingTocTarget, $"The toc entry points at '{href}', which does not exist; fix the href (it is relative to the toc).");

    internal static GuideDiagnostic TocShape(string file, int line, string reason) =>
        Error(file, line, InvalidToc, $"The toc is not valid: {reason}");

    internal static GuideDiagnostic Settings(string file, int line, string reason) =>
        Error(file, line, InvalidSettings, $"The guide settings are not valid: {reason}");

    internal static GuideDiagnostic JourneyArticle(string file, int line, string step, string article) =>
        Error(file, line, MissingJourneyArticle, $"The journey step '{step}' names the article '{article}', which the guide does not have.");

    internal static GuideDiagnostic DuplicateId(string file, int line, string id) =>
        Error(file, line, DuplicateSectionId, $"Another section already has the id '{id}'; rename one of the headings.");

    internal static GuideDiagnostic Empty(string contentRoot) =>
        Error(string.Empty, 0, NoArticles, $"The guide at '{contentRoot}' has no article: add at least one .md file outside 'includes/' folders.");

    internal static GuideDiagnostic Title(string file) =>
        Warning(file, 1, MissingTitle, "The article has no title; add 'title:' to its front matter.");

    internal static GuideDiagnostic Description(string file) =>
        Warning(file, 1, MissingDescription, "The article has no description; add 'description:' to its front matter.");

    internal static GuideDiagnostic Toc(string file) =>
        Warning(file, 1, NotInToc, "The article is not in toc.yml, so readers cannot reach it from the table of contents.");

    internal static GuideDiagnostic EmptyHeading(string file, int line, string heading) =>
        Warning(file, line, EmptySection, $"The section '{heading}' has no text; write it or remove the heading.");

    internal static GuideDiagnostic Anchor(string file, int line, string url) =>
        Warning(file, line, MissingAnchor, $"The link '{url}' names an anchor the target article does not have.");

    private static GuideDiagnostic Error(string file, int line, string code, string message) =>
        new(DiagnosticSeverity.Error, file, line, code, message);

    private static GuideDiagnostic Warning(string file, int line, string code, string message) =>
        new(DiagnosticSeverity.Warning, file, line, code, message);
}
