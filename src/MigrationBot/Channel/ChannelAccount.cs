using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigrationBot.Channel;

/// <summary>A user or bot on a channel (<c>from</c>, <c>recipient</c>, members).</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    public string? Role { get; init; }

    /// <summary>Fields this record does not name, kept so nothing the channel sent is lost.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
