namespace MigrationBot.Guide;

/// <summary>How a guide folder is read.</summary>
/// <param name="BaseUrl">Public URL of the guide's pages when <c>guide.yml</c> declares none. Defaults to <see cref="DefaultBaseUrl"/>.</param>
/// <param name="SiteRoot">Root for site-relative links. Defaults to <see cref="DefaultSiteRoot"/>.</param>
public sealed record GuideLoadOptions(string BaseUrl = GuideLoadOptions.DefaultBaseUrl, string SiteRoot = GuideLoadOptions.DefaultSiteRoot)
{
    /// <summary>Where the bot serves the guide when run locally.</summary>
    public const string DefaultBaseUrl = "http://localhost:3978/guide/";

    /// <summary>Microsoft Learn, which site-relative links in Learn-format guides point at.</summary>
    public const string DefaultSiteRoot = "https://learn.microsoft.com";
}
