using System.Text.Json;
using MigrationBot.Channel;
using MigrationBot.Tests.Hosting;
using MigrationBot.Tests.Support;
using BotActivity = MigrationBot.Channel.Activity;

namespace MigrationBot.Tests.Conversation;

/// <summary>
/// The whole bot (real turn logic, shipped guide, SQLite store) behind a recording Connector, with helpers to send
/// activities as Teams would and read back what the bot posted.
/// </summary>
internal sealed class ConversationApp : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private ConversationApp(BotAppFactory factory) => Factory = factory;

    public BotAppFactory Factory { get; }

    public RecordingConnectorHandler Connector => Factory.Connector;

    public static async Task<ConversationApp> StartAsync(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var app = new ConversationApp(new BotAppFactory(overrides) { UseRecordingTurnHandler = false });
        await HealthEndpointsTests.WaitForReadyAsync(app.Factory.CreateClient());
        return app;
    }

    public Task<HttpResponseMessage> SendAsync(BotActivity activity) =>
        Factory.PostActivityAsync(activity, BotAppFactory.Bearer(TestTokens.Channel().Create()), TestContext.Current.CancellationToken);

    /// <summary>Waits until the Connector got <paramref name="count"/> activities other than typing, and returns them.</summary>
    public async Task<IReadOnlyList<PostedActivity>> PostedAsync(int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var posted = Posted();
            if (posted.Count >= count || DateTime.UtcNow > deadline)
            {
                Assert.True(posted.Count >= count, $"Expected {count} posted activities, got {posted.Count}.");
                return posted;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Everything posted so far except typing indicators.</summary>
    public IReadOnlyList<PostedActivity> Posted() => Connector.Requests
        .Where(r => r.Method == HttpMethod.Post && r.Body is not null && r.Uri.AbsolutePath.Contains("/activities", StringComparison.Ordinal))
        .Select(r => new PostedActivity(r.Uri, JsonDocument.Parse(r.Body!).RootElement.Clone()))
        .Where(p => p.Type != ActivityTypes.Typing)
        .ToList();

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

/// <summary>An activity the bot posted, and where.</summary>
internal sealed record PostedActivity(Uri Uri, JsonElement Body)
{
    public string? Type => Body.TryGetProperty("type", out var type) ? type.GetString() : null;

    public string? Text => Body.TryGetProperty("text", out var text) ? text.GetString() : null;

    /// <summary>The Adaptive Card content, or null when the activity has none.</summary>
    public JsonElement? Card => Body.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() > 0
        ? attachments[0].GetProperty("content")
        : null;

    /// <summary>Every text shown by the card (text blocks, text runs, facts, action titles), in order, joined by newlines.</summary>
    public string CardText => Card is { } card ? string.Join("\n", Texts(card)) : string.Empty;

    /// <summary>The URLs of the card's <c>Action.OpenUrl</c> buttons, in order.</summary>
    public IReadOnlyList<string> OpenUrls => Card is { } card ? [.. Urls(card)] : [];

    private static IEnumerable<string> Urls(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("type", out var type) && type.GetString() == "Action.OpenUrl" =>
            [element.GetProperty("url").GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Urls(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Urls),
        _ => [],
    };

    private static IEnumerable<string> Texts(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "text" or "title" or "value" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        yield return property.Value.GetString()!;
                    }
                    else if (property.Name != "data")
                    {
                        foreach (var text in Texts(property.Value))
                        {
                            yield return text;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var text in Texts(item))
                    {
                        yield return text;
                    }
                }

                break;
        }
    }
}
