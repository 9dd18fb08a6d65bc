namespace MigrationBot.Channel;

/// <summary>The Entra tenant in Teams <c>channelData.tenant</c>.</summary>
public sealed record TenantInfo(string? Id);
