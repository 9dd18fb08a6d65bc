using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MigrationBot.Guide.Embeddings;
using MigrationBot.Hosting;
using MigrationBot.Testing;
using MigrationBot.Tests.Support;

namespace MigrationBot.Tests.Hosting;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task HealthReportsTheShippedGuideOnceIndexed()
    {
        await using var factory = new BotAppFactory();
        var client = factory.CreateClient();

        var report = await WaitForReadyAsync(client);

        Assert.Equal("ready", report.Status);
        Assert.Equal(Directory.GetFiles(RepoPaths.Content, "*.md", SearchOption.AllDirectories).Count(f => !f.Contains("/includes/", StringComparison.Ordinal)), report.Articles);
        Assert.True(report.Sections > report.Articles);
        Assert.False(string.IsNullOrEmpty(report.GuideHash));
    }

    [Fact]
    public async Task SemanticLegIsSwappedInAfterTheLexicalIndexAnswers()
    {
        await using var factory = new BotAppFactory(new Dictionary<string, string?> { ["Guide:Semantic"] = "true" });
        var client = factory.CreateClient();
        var state = factory.Services.GetRequiredService<GuideState>();
        const string question = "which aws networking services does the networking page talk about";

        var report = await WaitForSemanticAsync(client);

        Assert.Equal("on", report.Semantic);
        var answer = state.RequireEngine().Ask(question);
        Assert.False(answer.Declined);
        Assert.Equal("services/networking.md", answer.Best!.Section.ArticlePath);
    }

    [Fact]
    public async Task WithTheSemanticLegOffTheLexicalIndexAnswersAlone()
    {
        await using var factory = new BotAppFactory();

        var report = await WaitForReadyAsync(factory.CreateClient());

        Assert.Equal("ready", report.Status);
        Assert.Equal("off", report.Semantic);
        Assert.Null(factory.Services.GetRequiredService<GuideState>().RequireEngine().Semantic);
    }

    [Fact]
    public async Task ModelThatCannotStartLeavesTheLexicalIndexAnswering()
    {
        await using var factory = new BotAppFactory(new Dictionary<string, string?> { ["Guide:Semantic"] = "true" })
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
                services.AddSingleton<Func<SemanticModel>>(() => throw new DllNotFoundException("onnxruntime"))));
        var client = factory.CreateClient();

        var report = await WaitForSemanticAsync(client);

        Assert.Equal("ready", report.Status);
        Assert.Equal("failed", report.Semantic);
        var answer = factory.Services.GetRequiredService<GuideState>().RequireEngine().Ask("what replaces DynamoDB?");
        Assert.Equal("services/databases.md", answer.Best!.Section.ArticlePath);
    }

    /// <summary>Waits until the semantic leg is no longer loading (two minutes at most).</summary>
    private static async Task<HealthReport> WaitForSemanticAsync(HttpClient client)
    {
        var report = await WaitForReadyAsync(client);
        for (var attempt = 0; report.Semantic == "loading" && attempt < 1200; attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            report = (await client.GetFromJsonAsync<HealthReport>("/healthz", TestContext.Current.CancellationToken))!;
        }

        return report;
    }

    [Fact]
    public async Task HealthIsUnavailableUntilTheGuideIsIndexed()
    {
        await using var factory = new BotAppFactory().WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Remove(services.Single(d => d.ImplementationType == typeof(GuideStartup)))));
        var response = await factory.CreateClient().GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<HealthReport>(TestContext.Current.CancellationToken);
        Assert.Equal("indexing", report!.Status);
    }

    [Fact]
    public async Task AGuideWithNoArticleStopsTheStartWithAClearMessage()
    {
        using var empty = new TempFolder();
        await File.WriteAllTextAsync(Path.Combine(empty.Path, "toc.yml"), "- name: Nothing\n", TestContext.Current.CancellationToken);
        var (exitCode, error) = await HostProcess.RunUntilExitAsync(
            new Dictionary<string, string> { ["Guide__ContentPath"] = empty.Path }, TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Contains("has no article", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingGuideFolderStopsTheStartWithAClearMessage()
    {
        var (exitCode, error) = await HostProcess.RunUntilExitAsync(
            new Dictionary<string, string> { ["Guide__ContentPath"] = "/no/such/guide" }, TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Contains("Guide:ContentPath '/no/such/guide' does not exist", error, StringComparison.Ordinal);
    }

    internal static async Task<HealthReport> WaitForReadyAsync(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.OK || attempt == 300)
            {
                return (await response.Content.ReadFromJsonAsync<HealthReport>(TestContext.Current.CancellationToken))!;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
