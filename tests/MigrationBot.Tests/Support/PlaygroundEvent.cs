using System.Text.Json;

namespace MigrationBot.Tests.Support;

/// <summary>
/// One entry of the Agents Playground's events recording: an activity it posted to the bot, or a call the bot made to
/// its Connector, with the HTTP status it got.
/// </summary>
/// <param name="Direction">Who called whom, as the playground writes it.</param>
/// <param name="ActivityName">The activity type (or invoke name).</param>
/// <param name="Url">The URL called: the bot's endpoint, or the Connector path under <c>/_connector</c>.</param>
/// <param name="StatusCode">The HTTP status of the answer.</param>
/// <param name="Body">The request body: the activity.</param>
internal sealed record PlaygroundEvent(string Direction, string ActivityName, string Url, int StatusCode, JsonElement Body)
{
    private const string FromBotDirection = "User Application -> Microsoft 365 Agents Playground";
    private const string ToBotDirection = "Microsoft 365 Agents Playground -> User Application";

    /// <summary>True for the bot's calls to the playground's Connector.</summary>
    public bool FromBot => Direction == FromBotDirection;

    /// <summary>True for the activities the playground posted to the bot.</summary>
    public bool ToBot => Direction == ToBotDirection;

    public string? Type => Property("type");

    public string? Id => Property("id");

    public string? ReplyToId => Property("replyToId");

    public string? Text => Property("text");

    /// <summary>
    /// Reads a recording: JSON objects separated by lines of <c>---</c>. A last entry cut short (still being written)
    /// is left out; any other unreadable entry is an error.
    /// </summary>
    public static IReadOnlyList<PlaygroundEvent> ParseRecording(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chunks = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n---\n")
            .Select(c => c.Trim().TrimEnd('-').Trim())
            .Where(c => c.Length > 0)
            .ToList();
        var events = new List<PlaygroundEvent>();
        for (var i = 0; i < chunks.Count; i++)
        {
            JsonElement entry;
            try
            {
                entry = JsonDocument.Parse(chunks[i]).RootElement.Clone();
            }
            catch (JsonException) when (i == chunks.Count - 1)
            {
                break;
            }

            var request = entry.GetProperty("request");
            events.Add(new PlaygroundEvent(
                entry.GetProperty("direction").GetString() ?? string.Empty,
                entry.TryGetProperty("activityName", out var name) ? name.GetString() ?? string.Empty : string.Empty,
                request.GetProperty("url").GetString() ?? string.Empty,
                entry.TryGetProperty("response", out var response) && response.TryGetProperty("statusCode", out var status) ? status.GetInt32() : 0,
                request.TryGetProperty("body", out var body) ? body : default));
        }

        return events;
    }

    private string? Property(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
