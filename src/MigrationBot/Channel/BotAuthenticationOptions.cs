namespace MigrationBot.Channel;

/// <summary>
/// The bot's identity, under the root-level keys Bot Framework users know: <c>MicrosoftAppType</c>,
/// <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary><c>MultiTenant</c> (default when empty), <c>SingleTenant</c> or <c>UserAssignedMSI</c>; case-insensitive.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The app (client) id; the client id of the managed identity for <c>UserAssignedMSI</c>. Empty: Development without auth.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret; required for <c>MultiTenant</c> and <c>SingleTenant</c>, forbidden for <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The tenant of a <c>SingleTenant</c> or <c>UserAssignedMSI</c> bot.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>True when an app id is configured, so inbound tokens are required and outbound calls carry one.</summary>
    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The parsed <see cref="MicrosoftAppType"/>; call only after validation.</summary>
    public BotAppType AppType => TryParseAppType(MicrosoftAppType, out var type)
        ? type
        : throw new InvalidOperationException($"MicrosoftAppType '{MicrosoftAppType}' is not valid.");

    /// <summary>Parses an app type the way Azure spells it (<c>UserAssignedMSI</c>) or the SDK does, ignoring case.</summary>
    public static bool TryParseAppType(string? value, out BotAppType type)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            type = BotAppType.MultiTenant;
            return true;
        }

        return Enum.TryParse(value.Trim(), ignoreCase: true, out type) && Enum.IsDefined(type);
    }
}
