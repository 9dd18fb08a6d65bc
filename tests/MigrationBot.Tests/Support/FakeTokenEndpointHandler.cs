using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace MigrationBot.Tests.Support;

/// <summary>Entra ID's token endpoint (client credentials) and the managed identity endpoint, as MSAL calls them.</summary>
internal sealed class FakeTokenEndpointHandler : HttpMessageHandler
{
    public const string AccessToken = "fake-connector-token";

    public ConcurrentQueue<(Uri Uri, string Body)> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue((request.RequestUri!, body));
        var path = request.RequestUri!.AbsolutePath;
        if (path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            return Json($$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{AccessToken}}"}""");
        }

        if (path.EndsWith("/metadata/identity/oauth2/token", StringComparison.Ordinal))
        {
            var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
            return Json($$"""{"access_token":"{{AccessToken}}","expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","token_type":"Bearer"}""");
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
