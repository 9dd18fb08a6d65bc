namespace MigrationBot.Channel;

/// <summary>How the sender of an inbound activity proved who it is.</summary>
public enum CallerKind
{
    /// <summary>No app id is configured and no token was sent (Development only, loopback service URLs only).</summary>
    Anonymous,

    /// <summary>A Bot Framework channel token (Teams through Azure Bot Service).</summary>
    Channel,

    /// <summary>An Entra ID token from a single-tenant or managed-identity caller.</summary>
    Entra,
}
