using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MigrationBot.Channel;

/// <summary>
/// One cached OpenID configuration (metadata and signing keys) per metadata URL, fetched through
/// <see cref="IHttpClientFactory"/> client <see cref="HttpClientName"/>. Keys the cache does not know can be fetched
/// again at once, at most every <see cref="MinimumForcedRefreshInterval"/> per URL.
/// </summary>
public sealed class OpenIdMetadataSource(IHttpClientFactory httpClientFactory, IHostEnvironment environment, TimeProvider timeProvider)
{
    /// <summary>The named HTTP client used to fetch metadata and keys.</summary>
    public const string HttpClientName = "MigrationBot.OpenIdMetadata";

    /// <summary>The shortest time between two forced downloads of the same metadata.</summary>
    public static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<Uri, Entry> _entries = new();

    /// <summary>The configuration behind <paramref name="metadataUrl"/>, from cache when fresh.</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(Uri metadataUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadataUrl);
        return _entries.GetOrAdd(metadataUrl, NewEntry).Manager.GetConfigurationAsync(cancellationToken);
    }

    /// <summary>
    /// Downloads the configuration again and waits for it (keys rotate), unless that was done for this URL less than
    /// <see cref="MinimumForcedRefreshInterval"/> ago; then returns the cached one.
    /// </summary>
    public Task<OpenIdConnectConfiguration> RefreshAsync(Uri metadataUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadataUrl);
        var now = timeProvider.GetUtcNow();
        var current = _entries.GetOrAdd(metadataUrl, NewEntry);
        if (current.ForcedAt is not { } forcedAt || now - forcedAt >= MinimumForcedRefreshInterval)
        {
            var replacement = NewEntry(metadataUrl) with { ForcedAt = now };
            current = _entries.TryUpdate(metadataUrl, replacement, current) ? replacement : _entries[metadataUrl];
        }

        return current.Manager.GetConfigurationAsync(cancellationToken);
    }

    private Entry NewEntry(Uri url)
    {
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName))
        {
            RequireHttps = !environment.IsDevelopment(),
        };
        var manager = new ConfigurationManager<OpenIdConnectConfiguration>(url.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever);
        return new Entry(manager, null);
    }

    private sealed record Entry(ConfigurationManager<OpenIdConnectConfiguration> Manager, DateTimeOffset? ForcedAt);
}
