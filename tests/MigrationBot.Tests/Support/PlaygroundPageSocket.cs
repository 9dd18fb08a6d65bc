using System.Net.WebSockets;
using System.Text.Json;

namespace MigrationBot.Tests.Support;

/// <summary>
/// The conversation web socket the Agents Playground's page listens on: it replays the conversation when it connects,
/// then sends every new message with the id the page knows it by. Keeps every message it is sent.
/// </summary>
internal sealed class PlaygroundPageSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<PlaygroundMessage> _messages = [];
    private Task _receiving = Task.CompletedTask;

    private PlaygroundPageSocket()
    {
    }

    public static async Task<PlaygroundPageSocket> ConnectAsync(Uri playground, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(playground);
        var page = new PlaygroundPageSocket();
        var uri = new UriBuilder(playground) { Scheme = "ws", Path = "/_ws_conversation/v1/conversations/stream" }.Uri;
        using var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connecting.CancelAfter(AgentsPlayground.Patience);
        await page._socket.ConnectAsync(uri, connecting.Token);
        page._receiving = page.ReceiveAsync(page._stopping.Token);
        return page;
    }

    /// <summary>Waits until the page was sent a message matching <paramref name="match"/>, and returns the first.</summary>
    public async Task<PlaygroundMessage> WaitForMessageAsync(Func<PlaygroundMessage, bool> match, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        var deadline = DateTime.UtcNow + AgentsPlayground.Patience;
        while (true)
        {
            lock (_messages)
            {
                if (_messages.FirstOrDefault(match) is { } found)
                {
                    return found;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, $"The playground's page got no {what} within {AgentsPlayground.Patience.TotalSeconds} s.");
            await Task.Delay(50, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _receiving;
        }
        catch (OperationCanceledException)
        {
            // Stopped listening.
        }
        catch (WebSocketException)
        {
            // The playground went away first.
        }

        _socket.Dispose();
        _stopping.Dispose();
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        while (_socket.State == WebSocketState.Open)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            frame.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            using var document = JsonDocument.Parse(frame.ToArray());
            frame.SetLength(0);
            var root = document.RootElement;
            if (root.TryGetProperty("action", out var action) && action.GetString() == "createMessage"
                && root.TryGetProperty("message", out var message)
                && message.TryGetProperty("messageId", out var id) && id.GetString() is { } messageId)
            {
                lock (_messages)
                {
                    _messages.Add(new PlaygroundMessage(messageId, message.Clone()));
                }
            }
        }
    }
}
