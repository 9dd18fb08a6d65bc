using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
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
