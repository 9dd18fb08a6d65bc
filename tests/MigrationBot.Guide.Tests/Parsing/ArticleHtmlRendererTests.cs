using System.Text.RegularExpressions;
using MigrationBot.Guide.Parsing;
using MigrationBot.Testing;

namespace MigrationBot.Guide.Tests.Parsing;

/// <summary>
/// File-driven: every article of <c>TestData/Pages/guide</c> renders to <c>TestData/Pages/expected/NAME.html</c>
/// (slashes in the path become dots). Set UPDATE_EXPECTED=1 to rewrite the expected files, then review the diff.
/// Plus the anchors of every real guide: the shipped one, the evaluation guides and the parser's fixtures.
/// </summary>
public sealed partial class ArticleHtmlRendererTests
{
    private const string Folder = "TestData/Pages";

    private static readonly Lazy<Task<ArticleHtmlRenderer>> Fixture = new(() => RendererAsync(
        Path.Combine(AppContext.BaseDirectory, Folder, "guide"), new GuideLoadOptions("https://pages.example/guide/")));

    public static TheoryData<string> FixtureArticles() =>
    [
        "index.md", "links.md", "steps/alerts.md", "steps/tabs.md", "unsafe.md",
    ];

    public static TheoryData<string> Guides() =>
    [
        "content",
        "bench/guides/gcp-workloads",
        "bench/guides/onprem-datacenter",
        "tests/MigrationBot.Guide.Tests/TestData/Guides/learn-docset",
        "tests/MigrationBot.Guide.Tests/TestData/Parsing/articles",
    ];

    [Theory]
    [MemberData(nameof(FixtureArticles))]
    public async Task ArticleRendersAsItsExpectedFileSays(string path)
    {
        var renderer = await Fixture.Value;
        var actual = renderer.Render(renderer.Guide.FindArticle(path)!).Body;

        var expectedPath = Path.Combine(RepoPaths.Root, "tests", "MigrationBot.Guide.Tests", Folder, "expected", path.Replace('/', '.')[..^3] + ".html");
        if (Environment.GetEnvironmentVariable("UPDATE_EXPECTED") == "1")
        {
            await File.WriteAllTextAsync(expectedPath, actual, TestContext.Current.CancellationToken);
        }

        Assert.Equal(await File.ReadAllTextAsync(expectedPath, TestContext.Current.CancellationToken), actual);
    }

    [Fact]
    public async Task EveryFixtureArticleHasAnExpectedFile()
    {
        var renderer = await Fixture.Value;

        Assert.Equal(FixtureArticles().Select(row => row.Data).Order(StringComparer.Ordinal), renderer.Guide.Articles.Select(a => a.Path).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public async Task EverySectionHeadingCarriesTheAnchorTheParserGaveIt(string guidePath)
    {
        var renderer = await RendererAsync(Path.Combine(RepoPaths.Root, guidePath), new GuideLoadOptions());
        Assert.True(renderer.IsCurrent);
        Assert.NotEmpty(renderer.Guide.Articles);

        var checkedSections = 0;
        foreach (var article in renderer.Guide.Articles)
        {
            var html = renderer.Render(article).Body;
            var headings = HeadingId().Matches(html).Select(m => $"h{m.Groups["level"].Value}#{m.Groups["id"].Value}").ToList();
            var sections = article.Sections.Where(s => s.Anchor is not null).Select(s => $"h{s.Level}#{s.Anchor}").ToList();

            // The sections' headings appear in the page in the same order (the page may have more: H1, H4, placeholders).
            Assert.Equal(sections, headings.Where(sections.Contains).ToList());
            checkedSections += sections.Count;
        }

        Assert.True(checkedSections > 0);
    }

    [Fact]
    public async Task RawHtmlAndScriptLinksNeverReachThePage()
    {
        var renderer = await Fixture.Value;
        var html = renderer.Render(renderer.Guide.FindArticle("unsafe.md")!).Body;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onmouseover", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        Assert.Contains("Text in a div stays as text.", html, StringComparison.Ordinal);
        Assert.Contains("&lt;code&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGuideWithItsOwnBaseUrlLinksItsArticlesThere()
    {
        var renderer = await RendererAsync(Path.Combine(RepoPaths.Root, "bench", "guides", "onprem-datacenter"), new GuideLoadOptions());
        Assert.True(renderer.Guide.Settings.DeclaresBaseUrl);

        var links = renderer.Guide.Articles
            .SelectMany(a => Href().Matches(renderer.Render(a).Body).Select(m => m.Groups["url"].Value))
            .Where(url => !url.StartsWith('#'))
            .ToList();

        Assert.Contains(links, url => url.StartsWith(renderer.Guide.Settings.BaseUrl, StringComparison.Ordinal));
        Assert.DoesNotContain(links, url => url.StartsWith(GuideLoadOptions.DefaultBaseUrl, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnArticleOfAnotherGuideIsRefused()
    {
        var renderer = await Fixture.Value;
        var other = renderer.Guide.Articles[0] with { Path = "elsewhere.md" };

        Assert.Throws<ArgumentException>(() => renderer.Render(other));
    }

    [Fact]
    public async Task EachArticleIsRenderedOnce()
    {
        var renderer = await Fixture.Value;
        var article = renderer.Guide.FindArticle("index.md")!;

        Assert.Same(renderer.Render(article), renderer.Render(article));
    }

    private static async Task<ArticleHtmlRenderer> RendererAsync(string root, GuideLoadOptions options)
    {
        var guide = await GuideLoader.LoadAsync(root, options, CancellationToken.None);
        return await ArticleHtmlRenderer.CreateAsync(guide, CancellationToken.None);
    }

    [GeneratedRegex(@"<h(?<level>[1-6]) id=""(?<id>[^""]*)""")]
    private static partial Regex HeadingId();

    [GeneratedRegex(@"href=""(?<url>[^""]*)""")]
    private static partial Regex Href();
}
