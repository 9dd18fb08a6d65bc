using System.Text.Json;
using MigrationBot.Tests.Conversation;
using MigrationBot.Tests.Support;

namespace MigrationBot.Tests.EndToEnd;

/// <summary>
/// The whole bot as users run it (real turn logic, shipped guide, SQLite store, guide pages) on a loopback Kestrel port,
/// reached only through the Microsoft 365 Agents Playground: activities arrive without a token and replies go to the
/// playground's Connector. Helpers speak as the user and read back what the playground recorded.
/// </summary>
public sealed class PlaygroundBot : IAsyncLifetime
{
    private BotAppFactory? _bot;
    private AgentsPlayground? _playground;

    /// <summary>Where the bot listens, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BotAddress { get; private set; } = null!;

    internal AgentsPlayground Playground => _playground ?? throw new InvalidOperationException("Not started.");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var port = AgentsPlayground.FreePort();
        BotAddress = new Uri($"http://127.0.0.1:{port}/");
        _bot = new BotAppFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["Guide:PublicBaseUrl"] = new Uri(BotAddress, "guide/").AbsoluteUri,
        })
        {
            UseRecordingTurnHandler = false,
            UseRecordingConnector = false,
        };
        _bot.UseKestrel(port);
        _bot.StartServer();
        await WaitUntilHealthyAsync();
        _playground = await AgentsPlayground.StartAsync(new Uri(BotAddress, "api/messages"), Ct);
    }

    /// <summary>The user types <paramref name="text"/>; returns the bot's message in reply to it.</summary>
    internal async Task<PlaygroundEvent> AskAsync(string text)
    {
        var before = (await Playground.ReadRecordingAsync(Ct)).Count;
        await Playground.SendUserMessageAsync(text, Ct);
        var sent = await Playground.WaitForEventAsync(
            e => e.ToBot && e.Type == "message" && e.Text == text, before, $"message '{text}' to the bot", Ct);
        return await ReplyToAsync(sent);
    }

    /// <summary>The user presses the <c>Action.Submit</c> button titled <paramref name="title"/> on the card of <paramref name="reply"/>.</summary>
    internal async Task<PlaygroundEvent> PressAsync(PlaygroundEvent reply, string title)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var card = Card(reply) ?? throw new InvalidOperationException("The reply has no card.");
        var data = SubmitData(card, title) ?? throw new InvalidOperationException($"The card has no Action.Submit titled '{title}'.");
        var shown = await Playground.WaitForMessageAsync(
            m => m.Card is { } c && JsonElement.DeepEquals(c, card), "card of the reply", Ct);
        var before = (await Playground.ReadRecordingAsync(Ct)).Count;
        await Playground.SubmitAsync(shown.MessageId, data, Ct);
        var sent = await Playground.WaitForEventAsync(
            e => e.ToBot && e.Type == "message" && e.Body.TryGetProperty("value", out var value) && JsonElement.DeepEquals(value, data),
            before, $"press of '{title}' to the bot", Ct);
        return await ReplyToAsync(sent);
    }

    /// <summary>The bot's reply seen as the Connector got it, with the card helpers of the conversation tests.</summary>
    internal PostedActivity Posted(PlaygroundEvent reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new PostedActivity(new Uri(Playground.BaseAddress, reply.Url), reply.Body);
    }

    /// <summary>The adaptive card of a bot message, or null.</summary>
    internal static JsonElement? Card(PlaygroundEvent reply) =>
        reply.Body.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() > 0
            ? attachments[0].GetProperty("content")
            : null;

    /// <summary>Every action of a card (in its body, its action bar and shown cards), depth first.</summary>
    internal static IEnumerable<JsonElement> Actions(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("type", out var type) && type.GetString()?.StartsWith("Action.", StringComparison.Ordinal) == true =>
            [element, .. element.EnumerateObject().Where(p => p.Name == "card").SelectMany(p => Actions(p.Value))],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Actions(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Actions),
        _ => [],
    };

    public async ValueTask DisposeAsync()
    {
        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    private static JsonElement? SubmitData(JsonElement card, string title) => Actions(card)
        .Where(a => a.GetProperty("type").GetString() == "Action.Submit" && a.TryGetProperty("title", out var t) && t.GetString() == title)
        .Select(a => (JsonElement?)a.GetProperty("data"))
        .FirstOrDefault();

    private async Task<PlaygroundEvent> ReplyToAsync(PlaygroundEvent sent)
    {
        Assert.True(sent.StatusCode is >= 200 and < 300, $"The bot answered {sent.StatusCode} to the playground.");
        return await Playground.WaitForEventAsync(
            e => e.FromBot && e.Type == "message" && e.ReplyToId == sent.Id, skip: 0, $"reply to {sent.Id}", Ct);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BotAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + AgentsPlayground.Patience;
        while (true)
        {
            try
            {
                using var response = await client.GetAsync("healthz", Ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.True(DateTime.UtcNow < deadline, $"The bot was not healthy within {AgentsPlayground.Patience.TotalSeconds} s.");
            await Task.Delay(100, Ct);
        }
    }
}
