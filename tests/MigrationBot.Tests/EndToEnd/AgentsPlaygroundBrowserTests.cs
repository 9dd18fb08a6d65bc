using System.Text.Json;
using MigrationBot.Testing;

namespace MigrationBot.Tests.EndToEnd;

/// <summary>
/// A user in the Agents Playground's page (headless Chromium): asks a question, sees the answer card and opens the
/// guide page from its "Read the full article" button. Screenshots go to <c>artifacts/screenshots/</c>.
/// </summary>
public sealed class AgentsPlaygroundBrowserTests
{
    private const string Question = "how do I move my S3 buckets to Azure";

    [Fact]
    public async Task AnswerCardRendersInThePlaygroundAndItsArticleButtonOpensTheGuidePage()
    {
        var chromium = Chromium.RequirePath();
        await using var bot = new PlaygroundBot();
        await bot.InitializeAsync();
        var screenshots = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

        var run = await NodeScript.RunAsync(
            "playground-smoke.js", [bot.Playground.BaseAddress.AbsoluteUri, screenshots, Question, chromium], input: null, TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        using var result = JsonDocument.Parse(run.Output);
        var card = result.RootElement.GetProperty("card");
        Assert.Contains("Migrate storage from AWS to Azure", card.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("You asked: " + Question, card.GetProperty("text").GetString(), StringComparison.Ordinal);
        var buttons = card.GetProperty("buttons").EnumerateArray().Select(b => b.GetString()).ToList();
        Assert.Contains("Read the full article", buttons);
        Assert.Contains("Helpful", buttons);
        Assert.Contains(buttons, b => b?.StartsWith("Next step: ", StringComparison.Ordinal) == true);

        var guide = result.RootElement.GetProperty("guide");
        Assert.StartsWith(new Uri(bot.BotAddress, "guide/services/storage#").AbsoluteUri, guide.GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.Equal(200, guide.GetProperty("status").GetInt32());
        Assert.Equal(guide.GetProperty("link").GetString(), guide.GetProperty("url").GetString());
        Assert.Contains("Migrate storage from AWS to Azure", guide.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("Map S3 buckets to storage accounts and containers", guide.GetProperty("anchorText").GetString());
        Assert.All(result.RootElement.GetProperty("screenshots").EnumerateArray(), s => Assert.True(new FileInfo(s.GetString()!).Length > 0));
        Assert.Equal(2, result.RootElement.GetProperty("screenshots").GetArrayLength());
    }
}
