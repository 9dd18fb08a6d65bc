using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace MigrationBot.Channel;

/// <summary>
/// The bot's outbound token for the Connector, by app type: client credentials against <c>botframework.com</c>
/// (MultiTenant) or the tenant (SingleTenant), or the user-assigned managed identity. MSAL's in-memory app token cache
/// keeps each token until shortly before it expires.
/// </summary>
public sealed class BotTokenProvider
{
    private readonly BotAuthenticationOptions _auth;
    private readonly string _scope;
    private readonly Lazy<IConfidentialClientApplication>? _confidential;
    private readonly Lazy<IManagedIdentityApplication>? _managedIdentity;

    public BotTokenProvider(IOptions<BotAuthenticationOptions> authOptions, IOptions<BotChannelOptions> channelOptions, MsalHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(authOptions);
        ArgumentNullException.ThrowIfNull(channelOptions);
        _auth = authOptions.Value;
        var channel = channelOptions.Value;
        _scope = channel.ToChannelTokenScope;
        if (!_auth.HasAppId)
        {
            return;
        }

        if (_auth.AppType == BotAppType.UserAssignedMsi)
        {
            _managedIdentity = new(() => ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(_auth.MicrosoftAppId))
                .WithHttpClientFactory(httpClientFactory)
                .Build());
            return;
        }

        var tenant = _auth.AppType == BotAppType.SingleTenant ? _auth.MicrosoftAppTenantId!.Trim() : "botframework.com";
        var authority = new Uri(channel.ToChannelTokenAuthorityHost, tenant).AbsoluteUri;
        _confidential = new(() => ConfidentialClientApplicationBuilder
            .Create(_auth.MicrosoftAppId)
            .WithClientSecret(_auth.MicrosoftAppPassword)
            .WithAuthority(authority, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClientFactory)
            .Build());
    }

    /// <summary>The token for Connector calls; null when no app id is configured (Development).</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_managedIdentity is not null)
        {
            var resource = _scope.EndsWith("/.default", StringComparison.Ordinal) ? _scope[..^"/.default".Length] : _scope;
            var result = await _managedIdentity.Value.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }

        if (_confidential is not null)
        {
            var result = await _confidential.Value.AcquireTokenForClient([_scope]).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }

        return null;
    }
}
