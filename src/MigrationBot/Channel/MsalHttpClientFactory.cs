using Microsoft.Identity.Client;

namespace MigrationBot.Channel;

/// <summary>Gives MSAL its HTTP clients from <see cref="IHttpClientFactory"/>, so the token endpoint can be faked in tests.</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    /// <summary>The named HTTP client MSAL uses.</summary>
    public const string HttpClientName = "MigrationBot.Msal";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(HttpClientName);
}
