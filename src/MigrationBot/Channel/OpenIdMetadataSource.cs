using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MigrationBot.Channel;

/// <summary>
/// One cached OpenID configuration (metadata and signing keys) per metadata URL, fetched through
/// <see cref="IHttpClientFactory"/> client <see cref="HttpClientName"/>.
/// </summary>
public sealed class OpenIdMetadataSource(IHttpClientFactory httpClientFactory, IHostEnvironment environment)
{
    /// <summary>The named HTTP client used to fetch metadata and keys.</summary>
    public const string HttpClientName = "MigrationBot.OpenIdMetadata";

    private readonly ConcurrentDictionary<Uri, ConfigurationManager<OpenIdConnectConfiguration>> _managers = new();

    /// <summary>The configuration behind <paramref name="metadataUrl"/>, from cache when fresh.</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(Uri metadataUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadataUrl);
        return Manager(metadataUrl).GetConfigurationAsync(cancellationToken);
    }

    /// <summary>Asks for a fresh download on the next <see cref="GetAsync"/> (rate-limited by the manager).</summary>
    public void RequestRefresh(Uri metadataUrl)
    {
        ArgumentNullException.ThrowIfNull(metadataUrl);
        Manager(metadataUrl).RequestRefresh();
    }

    private ConfigurationManager<OpenIdConnectConfiguration> Manager(Uri metadataUrl) =>
        _managers.GetOrAdd(metadataUrl, url =>
        {
            var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName))
            {
                RequireHttps = !environment.IsDevelopment(),
            };
            return new ConfigurationManager<OpenIdConnectConfiguration>(
                url.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever);
        });
}
