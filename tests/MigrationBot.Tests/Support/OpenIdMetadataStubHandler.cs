using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace MigrationBot.Tests.Support;

/// <summary>Serves the Bot Framework and Entra ID OpenID metadata and keys (with endorsements) from the test keys.</summary>
internal sealed class OpenIdMetadataStubHandler : HttpMessageHandler
{
    public const string ChannelMetadataUrl = "https://login.botframework.test/v1/.well-known/openidconfiguration";
    public const string EntraMetadataUrl = "https://login.entra.test/common/v2.0/.well-known/openid-configuration";
    private const string ChannelKeysUrl = "https://login.botframework.test/v1/.well-known/keys";
    private const string EntraKeysUrl = "https://login.entra.test/common/discovery/v2.0/keys";

    public ConcurrentQueue<Uri> Requests { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        Requests.Enqueue(uri);
        var body = uri.AbsoluteUri switch
        {
            ChannelMetadataUrl => Metadata(BotAppFactory.ChannelIssuer, ChannelKeysUrl),
            ChannelKeysUrl => TestSigningKeys.ChannelKeysDocument(),
            EntraMetadataUrl => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", EntraKeysUrl),
            EntraKeysUrl => TestSigningKeys.EntraKeysDocument(),
            _ => null,
        };
        return Task.FromResult(body is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }

    private static string Metadata(string issuer, string keysUrl) =>
        $$"""{"issuer":"{{issuer}}","jwks_uri":"{{keysUrl}}","id_token_signing_alg_values_supported":["RS256"],"token_endpoint_auth_methods_supported":["private_key_jwt"]}""";
}
