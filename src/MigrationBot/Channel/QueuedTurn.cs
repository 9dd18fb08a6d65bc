namespace MigrationBot.Channel;

/// <summary>An accepted activity waiting for the turn worker.</summary>
public sealed record QueuedTurn(Activity Activity, CallerIdentity Caller, DateTimeOffset ReceivedAt);
