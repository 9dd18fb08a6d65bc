namespace MigrationBot.Channel;

/// <summary>The kinds of bot identity Azure Bot Service knows (<c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>App registration in any tenant; tokens from the <c>botframework.com</c> tenant with a secret.</summary>
    MultiTenant,

    /// <summary>App registration in one tenant; tokens from that tenant with a secret.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity; no secret.</summary>
    UserAssignedMsi,
}
