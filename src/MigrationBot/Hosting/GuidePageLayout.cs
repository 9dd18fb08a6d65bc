using System.Net;
using System.Text;
using MigrationBot.Guide;
using MigrationBot.Guide.Parsing;

namespace MigrationBot.Hosting;

/// <summary>
/// The HTML around a rendered article: title, the guide's contents beside it (current article marked), a breadcrumb
/// with the article's place in the journey, its date, and the next step at the end. Every text from the guide is
/// encoded; only the renderer's article body is written as HTML.
/// </summary>
internal static class GuidePageLayout
{
    public static string Article(MigrationGuide guide, GuideArticle article, ArticleHtml body, GuidePageUrls urls)
    {
        var main = new StringBuilder();
        main.Append("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><ol>");
        main.Append("<li><a href=\"").Append(Encode(urls.Home)).Append("\">").Append(Encode(guide.Settings.Title)).Append("</a></li>");
        if (Position(guide, article) is { } position)
        {
            main.Append("<li>").Append(Encode(position)).Append("</li>");
        }

        main.Append("<li aria-current=\"page\">").Append(Encode(article.Title)).Append("</li></ol></nav>\n");
        main.Append("<article>\n");
        if (!body.HasTitle)
        {
            main.Append("<h1>").Append(Encode(article.Title)).Append("</h1>\n");
        }

        if (article.Date is { } date)
        {
            main.Append("<p class=\"meta\">Updated ").Append(Encode(date)).Append("</p>\n");
        }

        main.Append(body.Body);
        main.Append("</article>\n");
        if (!body.HasNextStepAction && article.NextStep is { } next && urls.Link(next) is { } nextUrl)
        {
            main.Append("<nav class=\"next-step\" aria-label=\"Next step\"><p>Next step</p>");
            main.Append("<a href=\"").Append(Encode(nextUrl)).Append("\">").Append(Encode(next.Title)).Append("</a></nav>\n");
        }

        var title = article.Title == guide.Settings.Title ? article.Title : $"{article.Title} - {guide.Settings.Title}";
        return Page(title, article.Description, article.Url, guide, article.Path, main.ToString(), urls);
    }

    public static string NotFound(MigrationGuide guide, string requested, GuidePageUrls urls)
    {
        var main = new StringBuilder("<article>\n<h1>Page not found</h1>\n");
        main.Append("<p>The guide has no article at <code>").Append(Encode(requested)).Append("</code>.</p>\n");
        main.Append("<p><a href=\"").Append(Encode(urls.Home)).Append("\">Go to the start of ").Append(Encode(guide.Settings.Title)).Append("</a>, or pick an article from the contents.</p>\n");
        main.Append("</article>\n");
        return Page($"Page not found - {guide.Settings.Title}", null, null, guide, null, main.ToString(), urls);
    }

    public static string Unavailable(GuidePageUrls urls) => Page(
        "The guide is loading",
        null,
        null,
        guide: null,
        current: null,
        "<article>\n<h1>The guide is loading</h1>\n<p>The bot is still reading its migration guide. Try again in a few seconds.</p>\n</article>\n",
        urls);

    /// <summary>Where the article sits: "Step 3 of 5 - Prepare", "Service guide - Storage", or null.</summary>
    public static string? Position(MigrationGuide guide, GuideArticle article) => article.Kind switch
    {
        ArticleKind.Step when article.StepNumber is { } number =>
            $"Step {number} of {guide.Journey.Count}" + (article.StepName is { } name ? $" - {name}" : string.Empty),
        ArticleKind.Service => "Service guide" + (article.Area is { } area ? $" - {area}" : string.Empty),
        _ => null,
    };

    private static string Page(string title, string? description, string? canonical, MigrationGuide? guide, string? current, string main, GuidePageUrls urls)
    {
        var page = new StringBuilder(main.Length + 8192);
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<title>").Append(Encode(title)).Append("</title>\n");
        if (description is not null)
        {
            page.Append("<meta name=\"description\" content=\"").Append(Encode(description)).Append("\">\n");
        }

        if (canonical is not null)
        {
            page.Append("<link rel=\"canonical\" href=\"").Append(Encode(canonical)).Append("\">\n");
        }

        page.Append("<style>").Append(GuidePageStyles.Css).Append("</style>\n</head>\n<body>\n");
        page.Append("<a class=\"skip\" href=\"#main\">Skip to the article</a>\n");
        page.Append("<header class=\"site\"><a href=\"").Append(Encode(urls.Home)).Append("\">")
            .Append(Encode(guide?.Settings.Title ?? "Migration guide")).Append("</a></header>\n");
        page.Append("<div class=\"layout\">\n");
        if (guide is not null)
        {
            page.Append("<nav class=\"contents\" aria-label=\"Guide contents\">\n");
            AppendToc(page, guide.Toc.Count > 0 ? guide.Toc : ReadingOrder(guide), current, urls);
            page.Append("</nav>\n");
        }

        page.Append("<main id=\"main\">\n").Append(main).Append("</main>\n</div>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static void AppendToc(StringBuilder page, IReadOnlyList<TocEntry> entries, string? current, GuidePageUrls urls)
    {
        page.Append("<ul>\n");
        foreach (var entry in entries)
        {
            page.Append("<li>");
            if (entry.ArticlePath is { } path)
            {
                var here = string.Equals(path, current, StringComparison.OrdinalIgnoreCase);
                page.Append("<a href=\"").Append(Encode(urls.Article(path))).Append('"').Append(here ? " aria-current=\"page\"" : string.Empty)
                    .Append('>').Append(Encode(entry.Name)).Append("</a>");
            }
            else if (entry.Href is { } href && Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            {
                page.Append("<a href=\"").Append(Encode(href)).Append("\">").Append(Encode(entry.Name)).Append("</a>");
            }
            else
            {
                page.Append("<span>").Append(Encode(entry.Name)).Append("</span>");
            }

            if (entry.Items.Count > 0)
            {
                AppendToc(page, entry.Items, current, urls);
            }

            page.Append("</li>\n");
        }

        page.Append("</ul>\n");
    }

    /// <summary>A guide without <c>toc.yml</c> lists its articles by title, in reading order.</summary>
    private static List<TocEntry> ReadingOrder(MigrationGuide guide) =>
        guide.Articles.Select(a => new TocEntry(a.Title, a.Path, a.Path, [])).ToList();

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
