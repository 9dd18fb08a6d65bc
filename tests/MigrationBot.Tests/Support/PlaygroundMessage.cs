using System.Text.Json;

namespace MigrationBot.Tests.Support;

/// <summary>A message as the playground's page shows it (from its conversation web socket), with the id the page uses for it.</summary>
/// <param name="MessageId">The playground's id of the message: what a card button press replies to.</param>
/// <param name="Message">The message as sent to the page: <c>from</c>, <c>text</c>, <c>attachments</c>.</param>
internal sealed record PlaygroundMessage(string MessageId, JsonElement Message)
{
    /// <summary>The first attachment's content (the card), or null.</summary>
    public JsonElement? Card => Message.TryGetProperty("attachments", out var attachments)
        && attachments.ValueKind == JsonValueKind.Array && attachments.GetArrayLength() > 0
        && attachments[0].TryGetProperty("content", out var content)
            ? content
            : null;
}
