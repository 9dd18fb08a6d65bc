using System.Text.Json;
using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

/// <summary>
/// A reply activity as the host sends it to the Bot Connector, with the fields that take room, to measure a
/// reply against Teams' 28 KB limit.
/// </summary>
internal sealed record ReplyEnvelope(
    string Type,
    string Id,
    DateTimeOffset Timestamp,
    string ServiceUrl,
    string ChannelId,
    ReplyAccount From,
    ReplyConversation Conversation,
    ReplyAccount Recipient,
    string ReplyToId,
    string Locale,
    string Text,
    string Summary,
    IReadOnlyList<ReplyAttachment> Attachments)
{
    public const int MaxBytes = 28 * 1024;

    public static ReplyEnvelope For(CardReply reply) => new(
        "message",
        "1700000000000",
        DateTimeOffset.Parse("2026-11-26T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        "https://smba.trafficmanager.net/emea/00000000-0000-0000-0000-000000000000/",
        "msteams",
        new ReplyAccount("28:00000000-0000-0000-0000-000000000000", "MigrationBot"),
        new ReplyConversation("a:1Ab2Cd3Ef4Gh5Ij6Kl7Mn8Op9Qr0St1Uv2Wx3Yz4Ab5Cd6Ef7Gh8Ij9Kl0Mn1Op2Qr3St4Uv5Wx6Yz7", "personal", "00000000-0000-0000-0000-000000000000"),
        new ReplyAccount("29:1Ab2Cd3Ef4Gh5Ij6Kl7Mn8Op9Qr0St1Uv2Wx3Yz4Ab5Cd6Ef7Gh8Ij9Kl0Mn1Op2Qr3St4Uv5Wx6Yz7Ab8Cd9Ef0Gh1Ij2", "A user"),
        "1699999999999",
        "en-US",
        reply.Text,
        reply.Summary,
        [new ReplyAttachment("application/vnd.microsoft.card.adaptive", CardJson.ToElement(reply.Card))]);

    public int Utf8Bytes() => JsonSerializer.SerializeToUtf8Bytes(this, CardJson.Options).Length;
}
