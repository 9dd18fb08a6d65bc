using System.Text.Json;

namespace MigrationBot.Channel;

/// <summary>The body of <c>POST v3/conversations</c>: a new 1:1 chat or a new thread in a Teams channel.</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }

    public ChannelAccount? Bot { get; init; }

    public IReadOnlyList<ChannelAccount>? Members { get; init; }

    public string? TopicName { get; init; }

    public string? TenantId { get; init; }

    /// <summary>The first activity of the conversation (for a channel thread, its root post).</summary>
    public Activity? Activity { get; init; }

    /// <summary>For Teams: <c>{"channel":{"id":…},"tenant":{"id":…}}</c>.</summary>
    public JsonElement? ChannelData { get; init; }
}
