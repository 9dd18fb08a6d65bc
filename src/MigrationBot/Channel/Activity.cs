using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigrationBot.Channel;

/// <summary>
/// One Bot Framework activity as it travels on the wire. Fields this record does not name are kept in
/// <see cref="ExtensionData"/>; channel-specific parts (<c>channelData</c>, <c>value</c>, <c>entities</c>) stay raw JSON.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public DateTimeOffset? LocalTimestamp { get; init; }

    public string? LocalTimezone { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public string? ReplyToId { get; init; }

    public string? Text { get; init; }

    /// <summary><c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; init; }

    public string? Locale { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary><c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; init; }

    /// <summary>Raw entities; read mentions with <see cref="Mention.From(Activity)"/>.</summary>
    public IReadOnlyList<JsonElement>? Entities { get; init; }

    /// <summary>Raw channel data; read the Teams part with <see cref="TeamsChannelData.From(Activity)"/>.</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>The payload of invokes and card submits.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The name of an invoke or event, such as <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }

    /// <summary><c>add</c>, <c>remove</c>, <c>add-upgrade</c> or <c>remove-upgrade</c> on installation updates.</summary>
    public string? Action { get; init; }

    public JsonElement? SuggestedActions { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    public JsonElement? ReactionsAdded { get; init; }

    public JsonElement? ReactionsRemoved { get; init; }

    public string? InputHint { get; init; }

    public string? DeliveryMode { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }

    /// <summary>A message activity with text and, optionally, attachments.</summary>
    public static Activity CreateMessage(string? text, IReadOnlyList<Attachment>? attachments = null) =>
        new() { Type = ActivityTypes.Message, Text = text, Attachments = attachments };

    /// <summary>A typing indicator.</summary>
    public static Activity CreateTyping() => new() { Type = ActivityTypes.Typing };

    /// <summary>The tenant of the activity: Teams <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    public string? GetTenantId() => TeamsChannelData.From(this).Tenant?.Id ?? Conversation?.TenantId;

    /// <summary>The reference needed to reply to this activity's conversation later.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };
}
