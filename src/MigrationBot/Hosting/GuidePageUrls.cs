using MigrationBot.Guide;

namespace MigrationBot.Hosting;

/// <summary>The URLs of the guide pages on this host, under the request's path base.</summary>
internal sealed class GuidePageUrls(PathString pathBase)
{
    /// <summary>The route prefix of the pages.</summary>
    public const string Prefix = "/guide";

    /// <summary>The guide's home page (its hub article).</summary>
    public string Home => pathBase + Prefix + "/";

    /// <summary>The page of an article (path with <c>.md</c>), with an optional anchor.</summary>
    public string Article(string articlePath, string? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(articlePath);
        var page = articlePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? articlePath[..^3] : articlePath;
        var escaped = string.Join('/', page.Split('/').Select(Uri.EscapeDataString));
        return Home + escaped + (string.IsNullOrEmpty(anchor) ? string.Empty : "#" + Uri.EscapeDataString(anchor));
    }

    /// <summary>Where a guide link goes from a page: an article of the guide to its page here, else its own URL.</summary>
    public string? Link(GuideLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (link.ArticlePath is not null)
        {
            return Article(link.ArticlePath, link.Anchor);
        }

        return Uri.TryCreate(link.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? link.Url
            : null;
    }
}
