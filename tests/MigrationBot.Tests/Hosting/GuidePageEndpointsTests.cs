using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MigrationBot.Guide;
using MigrationBot.Hosting;
using MigrationBot.Tests.Support;

namespace MigrationBot.Tests.Hosting;

/// <summary><c>GET /guide/{path}</c> over the shipped guide, through the whole host.</summary>
public sealed partial class GuidePageEndpointsTests(GuidePageEndpointsTests.ShippedGuideHost host) : IClassFixture<GuidePageEndpointsTests.ShippedGuideHost>
{
    private readonly ShippedGuideHost _host = host;
    private readonly HttpClient _client = host.Client;
    private readonly MigrationGuide _guide = host.Guide;

    [Fact]
    public async Task EveryArticleOfTheShippedGuideIsAPageWithEverySectionAnchor()
    {
        Assert.True(_guide.Articles.Count >= 20);
        foreach (var article in _guide.Articles)
        {
            var response = await GetAsync(PathOf(article.Url));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains($"<title>{WebUtility.HtmlEncode(article.Title)}", html, StringComparison.Ordinal);
            foreach (var section in article.Sections.Where(s => s.Anchor is not null))
            {
                Assert.Contains($"<h{section.Level} id=\"{section.Anchor}\">", html, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("How do I move S3 buckets to Azure?")]
    [InlineData("What replaces Lambda?")]
    [InlineData("How should we plan the cutover?")]
    public async Task TheReadTheFullArticleLinkOfAnAnswerOpensThePageAtItsSection(string question)
    {
        var answer = _host.Services.GetRequiredService<GuideState>().RequireEngine().Ask(question);
        var section = answer.Best?.Section;
        Assert.NotNull(section);
        Assert.NotNull(section.Anchor);
        var url = new Uri(section.Url);
        Assert.Equal($"#{section.Anchor}", url.Fragment);

        var response = await GetAsync(url.AbsolutePath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains($" id=\"{section.Anchor}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStepPageShowsItsPlaceInTheJourneyItsDateAndTheNextStep()
    {
        var html = await GetHtmlAsync("/guide/journey/prepare");

        Assert.Contains("Step 3 of 5 - Prepare", html, StringComparison.Ordinal);
        Assert.Contains("Updated 11/26/2026", html, StringComparison.Ordinal);
        Assert.Matches(NextStepAction(), html);
        Assert.Contains("<a href=\"/guide/journey/prepare\" aria-current=\"page\">3. Prepare the landing zone and the team</a>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\">", html, StringComparison.Ordinal);
        Assert.Contains("prefers-color-scheme: dark", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AServiceGuideShowsItsArea()
    {
        var html = await GetHtmlAsync("/guide/services/storage");

        Assert.Contains("Service guide - Storage", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/guide")]
    [InlineData("/guide/")]
    public async Task TheGuideRootIsTheHub(string path)
    {
        var html = await GetHtmlAsync(path);

        Assert.Contains("<a href=\"/guide/index\" aria-current=\"page\">AWS to Azure migration guide</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/guide/services/storage.md", "/guide/services/storage")]
    [InlineData("/guide/Services/Storage", "/guide/services/storage")]
    [InlineData("/guide/journey/assess.MD", "/guide/journey/assess")]
    public async Task AnotherSpellingOfAnArticleRedirectsToItsPage(string path, string canonical)
    {
        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/guide/no/such/article")]
    [InlineData("/guide/includes/landing-zone-first")]
    [InlineData("/guide/includes/landing-zone-first.md")]
    [InlineData("/guide/toc.yml")]
    [InlineData("/guide/guide")]
    [InlineData("/guide/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/guide/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/guide/services/..%2F..%2Fguide.yml")]
    [InlineData("/guide/..%5C..%5Cetc%5Cpasswd")]
    [InlineData("/guide/%252e%252e%252fetc%252fpasswd")]
    public async Task AnythingButAnArticleIsAFriendlyNotFound(string path)
    {
        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/guide/../../../etc/passwd")]
    [InlineData("/guide/services/../../guide.yml")]
    [InlineData("/guide/..\\..\\etc\\passwd")]
    [InlineData("/guide/services/../journey/../../../../etc/passwd")]
    public async Task APathThatClimbsOutIsNotFoundEvenWhenNoOneNormalizedIt(string path)
    {
        // A client normalizes dot segments before sending; set the raw path on the server side instead.
        var context = await _host.Server.SendAsync(c => c.Request.Path = new PathString(path), TestContext.Current.CancellationToken);

        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        using var reader = new StreamReader(context.Response.Body);
        var html = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARepeatedRequestWithTheETagIsNotModified()
    {
        var first = await GetAsync("/guide/services/compute");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/guide/services/compute");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await _client.SendAsync(again, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnotherArticlesETagDoesNotMatch()
    {
        var storage = await GetAsync("/guide/services/storage");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/guide/services/compute");
        request.Headers.IfNoneMatch.Add(storage.Headers.ETag!);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(storage.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task PagesForbidScriptsAndSniffing()
    {
        var response = await GetAsync("/guide/services/storage");

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RawHtmlInAnArticleIsNotPassedThrough()
    {
        using var guide = new TempFolder();
        await File.WriteAllTextAsync(Path.Combine(guide.Path, "index.md"), """
            ---
            title: Hostile article
            description: Raw HTML that must not reach readers.
            ---

            # Hostile article

            <script>document.title = "owned"</script>

            ## Inline

            Hello <img src=x onerror="alert(1)"> world and [a link](javascript:alert(2)).
            """, TestContext.Current.CancellationToken);
        await using var factory = new BotAppFactory(new Dictionary<string, string?> { ["Guide:ContentPath"] = guide.Path });
        var client = factory.CreateClient();
        await HealthEndpointsTests.WaitForReadyAsync(client);

        var html = await client.GetStringAsync("/guide/index", TestContext.Current.CancellationToken);

        Assert.Contains("<h2 id=\"inline\">Inline</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Hello  world and a link.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesAreUnavailableUntilTheGuideIsLoaded()
    {
        await using var factory = new BotAppFactory().WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Remove(services.Single(d => d.ImplementationType == typeof(GuideStartup)))));

        var response = await factory.CreateClient().GetAsync("/guide/services/storage", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Contains("The guide is loading", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>The host over the shipped guide, loaded and indexed once for the class.</summary>
    public sealed class ShippedGuideHost : IAsyncLifetime
    {
        private readonly BotAppFactory _factory = new();

        public TestServer Server => _factory.Server;

        public IServiceProvider Services => _factory.Services;

        public HttpClient Client { get; private set; } = null!;

        public MigrationGuide Guide { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Client = _factory.CreateClient(new() { AllowAutoRedirect = false });
            await HealthEndpointsTests.WaitForReadyAsync(Client);
            Guide = _factory.Services.GetRequiredService<GuideState>().Guide!;
        }

        public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
    }

    private async Task<HttpResponseMessage> GetAsync(string path) =>
        await _client.GetAsync(path, TestContext.Current.CancellationToken);

    private async Task<string> GetHtmlAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static string PathOf(string url) => new Uri(url).AbsolutePath;

    [GeneratedRegex(@"<div class=""next-step-action"">\s*<p><a href=""http://localhost:3978/guide/journey/migrate"">")]
    private static partial Regex NextStepAction();
}
