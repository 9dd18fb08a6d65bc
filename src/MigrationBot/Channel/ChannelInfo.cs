namespace MigrationBot.Channel;

/// <summary>A Teams channel of a team (<c>channelData.channel</c>, or one entry of a team's channel list).</summary>
public sealed record ChannelInfo(string? Id, string? Name)
{
    /// <summary><c>standard</c>, <c>private</c> or <c>shared</c> when Teams says so.</summary>
    public string? Type { get; init; }
}
