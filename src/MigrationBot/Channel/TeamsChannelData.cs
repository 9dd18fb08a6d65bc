using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigrationBot.Channel;

/// <summary>The Teams part of <c>channelData</c>: tenant, team, channel and the event type of lifecycle activities.</summary>
public sealed record TeamsChannelData
{
    public TenantInfo? Tenant { get; init; }

    public TeamInfo? Team { get; init; }

    public ChannelInfo? Channel { get; init; }

    /// <summary>For example <c>teamMemberAdded</c>, <c>channelCreated</c>, <c>editMessage</c>.</summary>
    public string? EventType { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }

    /// <summary>Reads the Teams fields of an activity's <c>channelData</c>; empty when there is none or it is not an object.</summary>
    public static TeamsChannelData From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return new TeamsChannelData();
        }

        try
        {
            return data.Deserialize<TeamsChannelData>(BotJson.Options) ?? new TeamsChannelData();
        }
        catch (JsonException)
        {
            return new TeamsChannelData();
        }
    }
}
