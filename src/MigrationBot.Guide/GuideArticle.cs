namespace MigrationBot.Guide;

/// <summary>One Markdown article of a guide, with its sections in document order.</summary>
/// <param name="Path">Path relative to the content root, forward slashes, with the <c>.md</c> extension.</param>
/// <param name="Title">Front matter <c>title</c>, else the H1, else the file name.</param>
/// <param name="Date">The <c>ms.date</c> value as written, or null.</param>
/// <param name="Metadata">Every front matter key with its value as text (lists joined with commas).</param>
/// <param name="Url">Public URL of the article.</param>
/// <param name="Kind">Journey step, service guide or other article.</param>
/// <param name="StepNumber">1-based position in the journey when <see cref="Kind"/> is a step.</param>
/// <param name="StepName">The step's name in the guide's own words, such as "Prepare".</param>
/// <param name="Area">The service area of a service guide, such as "Storage".</param>
/// <param name="NextStep">The explicit next step action, else the next article in the toc (in a guide without a toc: the next journey step, and the first one for the root <c>index.md</c>), else null.</param>
/// <param name="Links">Every link in the article, resolved.</param>
public sealed record GuideArticle(
    string Path,
    string Title,
    string? Description,
    string? Date,
    string? Topic,
    IReadOnlyDictionary<string, string> Metadata,
    string Url,
    ArticleKind Kind,
    int? StepNumber,
    string? StepName,
    string? Area,
    IReadOnlyList<GuideSection> Sections,
    GuideLink? NextStep,
    IReadOnlyList<GuideLink> Links);
