namespace MigrationBot.Guide.Parsing;

/// <summary>
/// Where a link in a rendered article points, resolved as <see cref="LinkResolver"/> resolves links for cards: another
/// article becomes its public URL, a site-relative link resolves against the site root, an absolute web link stays. An
/// anchor in the same article stays an in-page anchor. Links that could run script or that point at nothing have no
/// target (the page keeps their text).
/// </summary>
internal sealed class PageLinkResolver(MigrationGuide guide, GuideFiles files)
{
    private static readonly string[] SafeSchemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];

    /// <summary>The URL to write for a link in <paramref name="articlePath"/> written in <paramref name="file"/>, or null.</summary>
    public string? Resolve(string url, string file, string articlePath)
    {
        url = url.Trim();
        if (url.Length == 0)
        {
            return null;
        }

        if (url.StartsWith('#'))
        {
            return url.Length > 1 ? url : null;
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return Absolute("https:" + url);
        }

        if (url.StartsWith('/'))
        {
            return Absolute(guide.Settings.SiteRoot + url);
        }

        if (url.Contains(':', StringComparison.Ordinal) && Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return Absolute(url);
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var anchor = hash < 0 || hash == url.Length - 1 ? string.Empty : url[hash..];
        var target = (hash < 0 ? url : url[..hash]).Split('?')[0];
        var path = GuideFiles.Resolve(file, target);
        if (path is null)
        {
            var page = target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? target[..^3] : target;
            return Uri.TryCreate(new Uri(LinkResolver.UrlOf(guide.Settings, file)), page + anchor, out var outside) ? Absolute(outside.ToString()) : null;
        }

        if (guide.FindArticle(path) is { } article)
        {
            return article.Path.Equals(articlePath, StringComparison.OrdinalIgnoreCase) && anchor.Length > 0
                ? anchor
                : article.Url + anchor;
        }

        return !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && files.Exists(path)
            ? LinkResolver.UrlOf(guide.Settings, path) + anchor
            : null;
    }

    private static string? Absolute(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && SafeSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase)
            ? url
            : null;
}
