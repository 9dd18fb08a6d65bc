namespace MigrationBot.Guide;

/// <summary>
/// Settings of one guide, from its <c>guide.yml</c> and the loader's options.
/// </summary>
/// <param name="Title">The guide's name, for cards and pages.</param>
/// <param name="BaseUrl">Public URL the article paths are appended to; always ends with a slash.</param>
/// <param name="SiteRoot">Root that site-relative links (<c>/azure/...</c>) resolve against.</param>
/// <param name="DeclaresBaseUrl">True when <c>guide.yml</c> names its own base URL (the guide lives elsewhere, such as on Learn).</param>
public sealed record GuideSettings(string Title, string BaseUrl, string SiteRoot, bool DeclaresBaseUrl);
