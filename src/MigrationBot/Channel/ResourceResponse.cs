namespace MigrationBot.Channel;

/// <summary>The Connector's answer to a send, reply or update: the id of the activity it stored.</summary>
public sealed record ResourceResponse(string? Id);
