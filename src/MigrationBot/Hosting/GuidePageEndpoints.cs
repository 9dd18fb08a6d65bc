using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using MigrationBot.Guide;

namespace MigrationBot.Hosting;

/// <summary>
/// <c>GET /guide/{path}</c>: an article of the loaded guide as a readable page, at its path without <c>.md</c>
/// (<c>/guide/services/storage</c>), with the anchors the cards link to. <c>/guide/</c> is the guide's first article;
/// a path with <c>.md</c> or in other letter case redirects to the page's own URL; 404 for anything that is not an
/// article (pages are found in the model by path, never read from a path in the URL); 503 until the guide is loaded.
/// Pages carry a weak ETag from the guide's content hash and honour <c>If-None-Match</c>.
/// </summary>
public static class GuidePageEndpoints
{
    private const string HtmlContentType = "text/html; charset=utf-8";

    // Styles are inline; nothing else loads, runs or frames the pages.
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft";

    private static readonly string BuildId = typeof(GuidePageEndpoints).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static IEndpointRouteBuilder MapGuidePages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var cache = new GuidePageCache();
        endpoints.MapGet(GuidePageUrls.Prefix + "/{**path}", (string? path, HttpContext context, GuideState state, CancellationToken cancellationToken) =>
            GetPageAsync(path, context, state, cache, cancellationToken));
        return endpoints;
    }

    private static async Task<Results<ContentHttpResult, StatusCodeHttpResult, RedirectHttpResult>> GetPageAsync(
        string? path, HttpContext context, GuideState state, GuidePageCache cache, CancellationToken cancellationToken)
    {
        var urls = new GuidePageUrls(context.Request.PathBase);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        if (state.Guide is not { } guide)
        {
            headers.RetryAfter = "5";
            return TypedResults.Content(GuidePageLayout.Unavailable(urls), HtmlContentType, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var requested = (path ?? string.Empty).Trim('/');
        var article = Find(guide, requested);
        if (article is null)
        {
            return TypedResults.Content(GuidePageLayout.NotFound(guide, "/guide/" + requested, urls), HtmlContentType, statusCode: StatusCodes.Status404NotFound);
        }

        if (requested.Length > 0 && !string.Equals(requested, article.Path[..^3], StringComparison.Ordinal))
        {
            return TypedResults.Redirect(urls.Article(article.Path), permanent: true);
        }

        var etag = new EntityTagHeaderValue(ETag(guide, article), isWeak: true);
        headers.ETag = etag.ToString();
        headers.CacheControl = "no-cache";
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var renderer = await cache.GetAsync(guide, cancellationToken).ConfigureAwait(false);
        var html = GuidePageLayout.Article(guide, article, renderer.Render(article), urls);
        return TypedResults.Content(html, HtmlContentType);
    }

    /// <summary>The article a requested path names (with or without <c>.md</c>, any case); the hub for an empty path.</summary>
    private static GuideArticle? Find(MigrationGuide guide, string requested)
    {
        if (requested.Length == 0)
        {
            var hub = Flatten(guide.Toc).Select(e => e.ArticlePath).OfType<string>().FirstOrDefault();
            return (hub is null ? null : guide.FindArticle(hub)) ?? guide.Articles.FirstOrDefault();
        }

        return requested.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            ? guide.FindArticle(requested)
            : guide.FindArticle(requested + ".md");
    }

    private static IEnumerable<TocEntry> Flatten(IEnumerable<TocEntry> entries) =>
        entries.SelectMany(e => Flatten(e.Items).Prepend(e));

    /// <summary>Changes with the guide's content, the article and the build that renders it.</summary>
    private static string ETag(MigrationGuide guide, GuideArticle article)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{guide.ContentHash}\n{article.Path}\n{BuildId}"));
        return $"\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"";
    }
}
