namespace MigrationBot.Guide.Parsing;

/// <summary>
/// Resolves links as Learn does: a relative link to an article becomes the article's URL (base URL + path without
/// <c>.md</c> + anchor), a site-relative link (<c>/azure/...</c>) resolves against the site root, absolute links stay.
/// A relative link is relative to the file it is written in (the include file for included text).
/// </summary>
internal sealed class LinkResolver(GuideSettings settings, GuideFiles files, IReadOnlyDictionary<string, ParsedArticle> articles)
{
    /// <summary>The public URL of a guide file: base URL + path without its <c>.md</c> or <c>.yml</c> extension.</summary>
    public static string UrlOf(GuideSettings settings, string path)
    {
        var extension = Path.GetExtension(path);
        var page = extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase)
            ? path[..^extension.Length]
            : path;
        return settings.BaseUrl + page;
    }

    /// <summary>The link resolved, or null when it is empty or its target is missing (then a diagnostic is added).</summary>
    public GuideLink? Resolve(RawLink link, string articlePath, ICollection<GuideDiagnostic>? diagnostics)
    {
        var url = link.Url.Trim();
        if (url.Length == 0)
        {
            return null;
        }

        if (url.StartsWith('#'))
        {
            return Article(link, articlePath, url[1..], diagnostics);
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return new GuideLink(link.Text, "https:" + url);
        }

        if (url.StartsWith('/'))
        {
            return new GuideLink(link.Text, settings.SiteRoot + url);
        }

        if (url.Contains(':', StringComparison.Ordinal) && Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return new GuideLink(link.Text, url);
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var anchor = hash < 0 ? null : url[(hash + 1)..];
        var target = (hash < 0 ? url : url[..hash]).Split('?')[0];
        var path = GuideFiles.Resolve(link.File, target);
        if (path is null)
        {
            var page = target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? target[..^3] : target;
            var outside = new Uri(new Uri(UrlOf(settings, link.File)), page + (anchor is null ? string.Empty : "#" + anchor));
            return new GuideLink(link.Text, outside.ToString());
        }

        if (articles.ContainsKey(path))
        {
            return Article(link, path, anchor, diagnostics);
        }

        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && files.Exists(path))
        {
            return new GuideLink(link.Text, UrlOf(settings, path) + (anchor is null ? string.Empty : "#" + anchor));
        }

        diagnostics?.Add(DiagnosticCodes.Link(link.File, link.Line, link.Url));
        return null;
    }

    private GuideLink Article(RawLink link, string path, string? anchor, ICollection<GuideDiagnostic>? diagnostics)
    {
        var article = articles[path];
        anchor = string.IsNullOrEmpty(anchor) ? null : anchor;
        if (anchor is not null && !article.Body.Anchors.Contains(anchor) && !anchor.StartsWith("tab/", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics?.Add(DiagnosticCodes.Anchor(link.File, link.Line, link.Url));
        }

        var url = UrlOf(settings, article.Path) + (anchor is null ? string.Empty : "#" + anchor);
        return new GuideLink(link.Text, url, article.Path, anchor);
    }
}
