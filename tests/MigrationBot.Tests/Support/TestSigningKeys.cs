using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace MigrationBot.Tests.Support;

/// <summary>Local RSA keys standing in for the Bot Framework and Entra ID signing keys, and their JWKS documents.</summary>
internal static class TestSigningKeys
{
    /// <summary>Published in the channel keys, endorsed for <c>msteams</c>.</summary>
    public static RsaSecurityKey TeamsChannel { get; } = Create("teams-channel-key");

    /// <summary>Published in the channel keys, endorsed only for <c>webchat</c>.</summary>
    public static RsaSecurityKey WebChatOnly { get; } = Create("webchat-only-key");

    /// <summary>Published in the Entra ID keys (no endorsements).</summary>
    public static RsaSecurityKey Entra { get; } = Create("entra-key");

    /// <summary>Published nowhere.</summary>
    public static RsaSecurityKey Unpublished { get; } = Create("unpublished-key");

    public static string ChannelKeysDocument() => KeysDocument(
        (TeamsChannel, ["msteams", "emulator"]),
        (WebChatOnly, ["webchat"]));

    public static string EntraKeysDocument() => KeysDocument((Entra, null));

    private static RsaSecurityKey Create(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    private static string KeysDocument(params (RsaSecurityKey Key, string[]? Endorsements)[] keys)
    {
        var entries = keys.Select(k =>
        {
            var parameters = k.Key.Rsa.ExportParameters(includePrivateParameters: false);
            var entry = new Dictionary<string, object>
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = k.Key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (k.Endorsements is not null)
            {
                entry["endorsements"] = k.Endorsements;
            }

            return entry;
        });
        return JsonSerializer.Serialize(new { keys = entries });
    }
}
