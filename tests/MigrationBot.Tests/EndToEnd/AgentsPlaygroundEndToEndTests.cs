using System.Text.Json;
using MigrationBot.Guide.Cards;
using MigrationBot.Testing;

namespace MigrationBot.Tests.EndToEnd;

/// <summary>
/// The bot end to end with a real Teams-like client: the Microsoft 365 Agents Playground sends a question, commands and
/// card button presses, and its recording shows what reached its Connector.
/// </summary>
public sealed class AgentsPlaygroundEndToEndTests(PlaygroundBot bot) : IClassFixture<PlaygroundBot>
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    private const string S3Question = "how do I move my S3 buckets to Azure";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QuestionIsAnsweredWithTheStorageCardAndThePlaygroundAcceptsIt()
    {
        var reply = await bot.AskAsync(S3Question);

        Assert.InRange(reply.StatusCode, 200, 299);
        Assert.Equal(AdaptiveCard, reply.Body.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        var posted = bot.Posted(reply);
        Assert.Contains("Migrate storage from AWS to Azure", posted.CardText, StringComparison.Ordinal);
        Assert.Contains("Map S3 buckets to storage accounts and containers", posted.CardText, StringComparison.Ordinal);
        var actions = PlaygroundBot.Actions(PlaygroundBot.Card(reply)!.Value).ToList();
        var article = Assert.Single(actions, a => Title(a) == "Read the full article");
        Assert.Equal("Action.OpenUrl", article.GetProperty("type").GetString());
        Assert.StartsWith(new Uri(bot.BotAddress, "guide/services/storage#").AbsoluteUri, article.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains(actions, a => Title(a) == "Helpful");
        Assert.Contains(actions, a => Title(a) == "Not helpful");
        Assert.Contains(actions, a => Title(a)?.StartsWith("Next step: ", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("step 3", "Step 3 of 5")]
    [InlineData("help", "Ask me about your move to Azure")]
    public async Task CommandsAreAnsweredWithTheirCards(string command, string expected)
    {
        var reply = await bot.AskAsync(command);

        Assert.InRange(reply.StatusCode, 200, 299);
        Assert.Equal(AdaptiveCard, reply.Body.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        Assert.Contains(expected, bot.Posted(reply).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextStepButtonOnTheAnswerCardShowsTheNextService()
    {
        var answer = await bot.AskAsync(S3Question);
        var next = PlaygroundBot.Actions(PlaygroundBot.Card(answer)!.Value)
            .Select(Title)
            .Single(t => t?.StartsWith("Next step: ", StringComparison.Ordinal) == true)!;

        var reply = await bot.PressAsync(answer, next);

        Assert.InRange(reply.StatusCode, 200, 299);
        Assert.Equal(AdaptiveCard, reply.Body.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        Assert.Contains(next["Next step: ".Length..], bot.Posted(reply).CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Migrate storage from AWS to Azure", bot.Posted(reply).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpfulButtonOnTheAnswerCardIsThanked()
    {
        var answer = await bot.AskAsync("what replaces DynamoDB");

        var reply = await bot.PressAsync(answer, "Helpful");

        Assert.InRange(reply.StatusCode, 200, 299);
        Assert.Equal(new CardText(CardText.CultureFor("en-US")).ReplyFeedbackThanks, reply.Text);
    }

    [Fact]
    public async Task EveryActivityTheBotSentIsAValidActivityTheConnectorAccepted()
    {
        var answer = await bot.AskAsync("how do I move EC2 instances to Azure");
        await bot.AskAsync("steps");
        await bot.PressAsync(answer, "Not helpful");

        var sent = (await bot.Playground.ReadRecordingAsync(Ct)).Where(e => e.FromBot).ToList();
        Assert.True(sent.Count >= 3, $"Only {sent.Count} calls from the bot were recorded.");
        Assert.All(sent, e => Assert.InRange(e.StatusCode, 200, 299));
        var result = await NodeScript.RunAsync("check-activities.js", [bot.Playground.RecordingPath], input: null, Ct);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        using var report = JsonDocument.Parse(result.Output);
        Assert.True(report.RootElement.GetProperty("checked").GetInt32() >= sent.Count(e => e.Url.Contains("/activities", StringComparison.Ordinal)));
        Assert.Empty(report.RootElement.GetProperty("errors").EnumerateArray());
    }

    private static string? Title(JsonElement action) =>
        action.TryGetProperty("title", out var title) ? title.GetString() : null;
}
