using MigrationBot.Channel;
using MigrationBot.Tests.Support;

namespace MigrationBot.Tests.Channel;

/// <summary>The bot against a real Teams-like client: the Agents Playground posting without a token to a local bot.</summary>
public sealed class AgentsPlaygroundTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlaygroundMessageIsAnsweredAndTheReplyIsAcceptedByItsConnector()
    {
        var botPort = AgentsPlayground.FreePort();
        await using var app = new BotAppFactory(new Dictionary<string, string?> { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" })
        {
            UseRecordingConnector = false,
        };
        app.UseKestrel(botPort);
        app.StartServer();
        await using var playground = await AgentsPlayground.StartAsync(new Uri($"http://127.0.0.1:{botPort}/api/messages"), Ct);

        await playground.SendUserMessageAsync("where do I start?", Ct);
        var completed = await app.Turns.NextCompletedAsync(Ct);

        Assert.Equal(ActivityTypes.Message, completed.Type);
        Assert.Equal("where do I start?", completed.Text);
        Assert.Equal("msteams", completed.ChannelId);
        Assert.Equal(playground.ConversationId, completed.Conversation?.Id);
        Assert.True(ServiceUrlTrust.IsLoopback(completed.ServiceUrl));
        Assert.Equal(CallerKind.Anonymous, Assert.Single(app.Turns.Turns).Caller.Kind);
        Assert.Empty(app.Turns.ReplyFailures);
        var recording = await File.ReadAllTextAsync(playground.RecordingPath, Ct);
        Assert.Contains("echo: where do I start?", recording, StringComparison.Ordinal);
    }
}
