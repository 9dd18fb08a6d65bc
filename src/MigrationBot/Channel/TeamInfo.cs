namespace MigrationBot.Channel;

/// <summary>The team in Teams <c>channelData.team</c>.</summary>
public sealed record TeamInfo(string? Id, string? Name)
{
    public string? AadGroupId { get; init; }
}
