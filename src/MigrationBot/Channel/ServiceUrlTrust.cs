using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MigrationBot.Channel;

/// <summary>
/// Decides which service URLs may receive the bot's token: those that arrived in the <c>serviceurl</c> claim of a
/// validated channel token, and the prefixes configured in <c>Bot:TrustedServiceUrls</c>.
/// </summary>
public sealed class ServiceUrlTrust(IOptions<BotChannelOptions> options)
{
    private const int MaxRemembered = 1000;
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Remembers a service URL from a validated token.</summary>
    public void Trust(string serviceUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        if (_seen.Count < MaxRemembered && TryNormalize(serviceUrl, out var normalized))
        {
            _seen.TryAdd(normalized.AbsoluteUri, true);
        }
    }

    /// <summary>True when the token may be sent to <paramref name="serviceUrl"/>.</summary>
    public bool IsTrusted(string? serviceUrl)
    {
        if (!TryNormalize(serviceUrl, out var candidate))
        {
            return false;
        }

        return _seen.ContainsKey(candidate.AbsoluteUri)
            || options.Value.TrustedServiceUrls.Any(prefix => IsUnder(candidate, prefix));
    }

    /// <summary>True for absolute http(s) URLs on a loopback host (the Agents Playground, local tests).</summary>
    public static bool IsLoopback(string? serviceUrl) =>
        TryNormalize(serviceUrl, out var uri, allowHttp: true) && uri.IsLoopback;

    /// <summary>The service URL as an absolute URI ending with <c>/</c>, ready for relative <c>v3/…</c> paths.</summary>
    public static bool TryNormalize(string? serviceUrl, out Uri normalized, bool allowHttp = false)
    {
        normalized = null!;
        if (string.IsNullOrWhiteSpace(serviceUrl)
            || !Uri.TryCreate(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (allowHttp && uri.Scheme == Uri.UriSchemeHttp))
            || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return false;
        }

        normalized = uri;
        return true;
    }

    private static bool IsUnder(Uri candidate, string prefix) =>
        TryNormalize(prefix, out var trusted)
        && Uri.Compare(candidate, trusted, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
        && candidate.AbsolutePath.StartsWith(trusted.AbsolutePath, StringComparison.OrdinalIgnoreCase);
}
