using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace MigrationBot.Tests.Support;

/// <summary>The Bot Connector: records every request and answers with <see cref="Respond"/> (default 201 with an id).</summary>
internal sealed class RecordingConnectorHandler : HttpMessageHandler
{
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Decides the answer to the n-th request (1-based); may wait, may throw.</summary>
    public Func<int, CancellationToken, Task<HttpResponseMessage>> Respond { get; set; } =
        (_, _) => Task.FromResult(Created("activity-1"));

    public static HttpResponseMessage Created(string id) =>
        new(HttpStatusCode.Created) { Content = new StringContent($$"""{"id":"{{id}}"}""", Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
        return await Respond(Requests.Count, cancellationToken);
    }
}

/// <summary>One request the Connector received.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? Body);
