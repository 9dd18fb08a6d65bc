using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MigrationBot.Channel;

/// <summary>
/// Checks the <c>Authorization</c> header of an inbound activity: Bot Framework channel tokens (issuer, audience,
/// lifetime, RS256/384/512 signature, key endorsement of the channel, <c>serviceurl</c> claim) and Entra ID tokens from
/// single-tenant and managed-identity callers; then the tenant allow list.
/// </summary>
public sealed class BotTokenValidator(
    IOptions<BotAuthenticationOptions> authOptions,
    IOptions<BotChannelOptions> channelOptions,
    OpenIdMetadataSource metadata,
    ServiceUrlTrust serviceUrlTrust)
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] SigningAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    // The tenants Azure Bot Service and the Emulator request Entra tokens from (public cloud).
    private static readonly string[] BotServiceTenants =
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly BotAuthenticationOptions _auth = authOptions.Value;
    private readonly BotChannelOptions _channel = channelOptions.Value;

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var outcome = await AuthenticateCallerAsync(authorizationHeader, activity, cancellationToken);
        if (!outcome.Succeeded || _channel.AllowedTenants.Count == 0)
        {
            return outcome;
        }

        var tenant = activity.GetTenantId();
        return tenant is not null && _channel.AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase)
            ? outcome
            : AuthenticationOutcome.Failure($"Tenant '{tenant}' is not in Bot:AllowedTenants.");
    }

    private async Task<AuthenticationOutcome> AuthenticateCallerAsync(string? header, Activity activity, CancellationToken cancellationToken)
    {
        if (!_auth.HasAppId)
        {
            if (!string.IsNullOrEmpty(header))
            {
                return AuthenticationOutcome.Failure("An Authorization header was sent but no MicrosoftAppId is configured to check it against.");
            }

            return ServiceUrlTrust.IsLoopback(activity.ServiceUrl)
                ? AuthenticationOutcome.Success(CallerIdentity.Anonymous)
                : AuthenticationOutcome.Failure("Unauthenticated activities must come from a loopback serviceUrl.");
        }

        if (string.IsNullOrEmpty(header))
        {
            return AuthenticationOutcome.Failure("The Authorization header is missing.");
        }

        var parts = header.Split(' ');
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase) || parts[1].Length == 0)
        {
            return AuthenticationOutcome.Failure("The Authorization header is not 'Bearer <token>'.");
        }

        JsonWebToken unverified;
        try
        {
            unverified = _handler.ReadJsonWebToken(parts[1]);
        }
        catch (ArgumentException exception)
        {
            return AuthenticationOutcome.Failure($"The bearer token is not a JWT: {exception.Message}");
        }

        if (string.Equals(unverified.Issuer, _channel.ChannelTokenIssuer, StringComparison.Ordinal))
        {
            return await ValidateChannelTokenAsync(parts[1], activity, cancellationToken);
        }

        var entraIssuers = EntraIssuers();
        return entraIssuers.Contains(unverified.Issuer, StringComparer.Ordinal)
            ? await ValidateEntraTokenAsync(parts[1], entraIssuers, cancellationToken)
            : AuthenticationOutcome.Failure($"Issuer '{unverified.Issuer}' is not trusted.");
    }

    private async Task<AuthenticationOutcome> ValidateChannelTokenAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var (result, configuration) = await ValidateSignedAsync(
            token, _channel.ChannelOpenIdMetadataUrl, [_channel.ChannelTokenIssuer], cancellationToken);
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Failure($"Channel token refused: {result.Exception?.Message}");
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (!jwt.Audiences.Any() || jwt.Audiences.Any(a => !string.Equals(a, _auth.MicrosoftAppId, StringComparison.Ordinal)))
        {
            return AuthenticationOutcome.Failure($"Channel token audience '{string.Join(",", jwt.Audiences)}' is not MicrosoftAppId.");
        }

        if (!string.IsNullOrEmpty(activity.ChannelId) && !KeyEndorses(configuration, jwt.Kid, activity.ChannelId))
        {
            return AuthenticationOutcome.Failure($"Signing key '{jwt.Kid}' is not endorsed for channel '{activity.ChannelId}'.");
        }

        if (!jwt.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) || string.IsNullOrEmpty(serviceUrl))
        {
            return AuthenticationOutcome.Failure("Channel token has no serviceurl claim.");
        }

        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Failure($"Channel token serviceurl '{serviceUrl}' differs from the activity's serviceUrl.");
        }

        serviceUrlTrust.Trust(serviceUrl);
        return AuthenticationOutcome.Success(new CallerIdentity(CallerKind.Channel, jwt.Issuer, _auth.MicrosoftAppId, null, serviceUrl));
    }

    private async Task<AuthenticationOutcome> ValidateEntraTokenAsync(string token, IReadOnlyList<string> issuers, CancellationToken cancellationToken)
    {
        var (result, _) = await ValidateSignedAsync(token, _channel.EntraOpenIdMetadataUrl, issuers, cancellationToken);
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Failure($"Entra token refused: {result.Exception?.Message}");
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        string[] audiences = [_auth.MicrosoftAppId!, $"api://{_auth.MicrosoftAppId}"];
        if (!jwt.Audiences.Any() || jwt.Audiences.Any(a => !audiences.Contains(a, StringComparer.Ordinal)))
        {
            return AuthenticationOutcome.Failure($"Entra token audience '{string.Join(",", jwt.Audiences)}' is not MicrosoftAppId.");
        }

        if (!jwt.TryGetPayloadValue<string>("ver", out var version) || string.IsNullOrEmpty(version))
        {
            return AuthenticationOutcome.Failure("Entra token has no ver claim.");
        }

        var callerClaim = version == "1.0" ? "appid" : "azp";
        if (!jwt.TryGetPayloadValue<string>(callerClaim, out var caller)
            || !string.Equals(caller, _auth.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Failure($"Entra token caller ({callerClaim}) is not MicrosoftAppId.");
        }

        return AuthenticationOutcome.Success(new CallerIdentity(CallerKind.Entra, jwt.Issuer, _auth.MicrosoftAppId, caller, null));
    }

    private async Task<(TokenValidationResult Result, OpenIdConnectConfiguration Configuration)> ValidateSignedAsync(
        string token, Uri metadataUrl, IReadOnlyList<string> issuers, CancellationToken cancellationToken)
    {
        var configuration = await metadata.GetAsync(metadataUrl, cancellationToken);
        var result = await _handler.ValidateTokenAsync(token, Parameters(configuration, issuers));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys rotate: fetch them again once (the metadata source limits how often) before refusing.
            configuration = await metadata.RefreshAsync(metadataUrl, cancellationToken);
            result = await _handler.ValidateTokenAsync(token, Parameters(configuration, issuers));
        }

        return (result, configuration);
    }

    private static TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, IReadOnlyList<string> issuers) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuers,
        ValidateAudience = false, // checked by hand: plain string equality, as the channel expects
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        ValidAlgorithms = SigningAlgorithms,
        IssuerSigningKeys = configuration.SigningKeys,
        TryAllIssuerSigningKeys = false,
    };

    private static bool KeyEndorses(OpenIdConnectConfiguration configuration, string? kid, string channelId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var endorsements))
        {
            return false;
        }

        return endorsements switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == channelId),
            IEnumerable<string> strings => strings.Contains(channelId, StringComparer.Ordinal),
            _ => false,
        };
    }

    private List<string> EntraIssuers()
    {
        var tenants = new List<string>(BotServiceTenants);
        if (!string.IsNullOrWhiteSpace(_auth.MicrosoftAppTenantId))
        {
            tenants.Add(_auth.MicrosoftAppTenantId.Trim());
        }

        return [.. tenants.SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"https://login.microsoftonline.com/{t}/v2.0" })];
    }
}
