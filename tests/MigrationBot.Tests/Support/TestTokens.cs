using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MigrationBot.Tests.Support;

/// <summary>Signed tokens shaped like the ones Azure Bot Service and Entra ID send, with every part adjustable.</summary>
internal sealed record TestTokens
{
    public string Issuer { get; init; } = BotAppFactory.ChannelIssuer;

    public string Audience { get; init; } = BotAppFactory.AppId;

    public SecurityKey Key { get; init; } = TestSigningKeys.TeamsChannel;

    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

    public DateTime NotBefore { get; init; } = DateTime.UtcNow.AddMinutes(-1);

    public DateTime Expires { get; init; } = DateTime.UtcNow.AddMinutes(59);

    public IReadOnlyDictionary<string, object> Claims { get; init; } =
        new Dictionary<string, object> { ["serviceurl"] = BotAppFactory.ServiceUrl };

    /// <summary>A channel token for the default service URL.</summary>
    public static TestTokens Channel() => new();

    /// <summary>A v2.0 Entra ID token from the single-tenant bot's own tenant, asked for by the bot's app id.</summary>
    public static TestTokens Entra() => new()
    {
        Issuer = $"https://login.microsoftonline.com/{BotAppFactory.TenantId}/v2.0",
        Key = TestSigningKeys.Entra,
        Claims = new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = BotAppFactory.AppId, ["tid"] = BotAppFactory.TenantId },
    };

    public string Create()
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            NotBefore = NotBefore,
            IssuedAt = NotBefore,
            Expires = Expires,
            Claims = Claims.ToDictionary(c => c.Key, c => c.Value),
            SigningCredentials = new SigningCredentials(Key, Algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>The same claims with <c>alg: none</c> and no signature.</summary>
    public string CreateUnsigned()
    {
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));
        var payload = new Dictionary<string, object>(Claims)
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["nbf"] = new DateTimeOffset(NotBefore).ToUnixTimeSeconds(),
            ["exp"] = new DateTimeOffset(Expires).ToUnixTimeSeconds(),
        };
        return $"{header}.{Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(payload))}.";
    }
}
