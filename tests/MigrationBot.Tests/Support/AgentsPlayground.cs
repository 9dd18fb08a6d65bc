using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MigrationBot.Testing;

namespace MigrationBot.Tests.Support;

/// <summary>
/// The Microsoft 365 Agents Playground (npm, pinned in <c>tests/node</c>) started without a browser: a Teams-like channel
/// that posts activities to the bot without a token and receives its replies on a mock Connector that checks their shape.
/// Its page stays available at <see cref="BaseAddress"/> for a browser to drive.
/// </summary>
internal sealed partial class AgentsPlayground : IAsyncDisposable
{
    /// <summary>How long a wait for the playground or the bot may take before the test fails.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const string UserId = "user-id-0";

    private readonly Process _process;
    private readonly string _workDir;
    private readonly HttpClient _client;
    private PlaygroundPageSocket? _page;

    private AgentsPlayground(Process process, string workDir, int port, string conversationId)
    {
        _process = process;
        _workDir = workDir;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        ConversationId = conversationId;
        _client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    public Uri BaseAddress { get; }

    public string ConversationId { get; }

    /// <summary>The events the playground recorded (requests to the bot, the bot's calls to its Connector).</summary>
    public string RecordingPath => Path.Combine(_workDir, "events.log");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<AgentsPlayground> StartAsync(Uri botEndpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(botEndpoint);
        var tools = await NodeTools.EnsureInstalledAsync(cancellationToken);
        var workDir = Directory.CreateTempSubdirectory("playground-").FullName;
        const string conversationId = "playground-conversation";
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            Path.Combine(tools, "node_modules", "@microsoft", "m365agentsplayground", "cli.js"), "start",
            "-e", botEndpoint.AbsoluteUri, "-c", "msteams", "-p", FreePort().ToString(CultureInfo.InvariantCulture),
            "--conversation-id", conversationId, "--disable-telemetry", "--enable-events-recording",
        })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        info.Environment["M365_AGENTS_PLAYGROUND_RECORDING_FILE"] = Path.Combine(workDir, "events.log");
        info.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workDir, "playground.log");
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the Agents Playground.");

        // When the asked port is taken the playground silently picks another, so the port is the one it says it listens on.
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The Agents Playground exited while starting."));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        int port;
        try
        {
            port = await listening.Task.WaitAsync(Patience, cancellationToken);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }

        var playground = new AgentsPlayground(process, workDir, port, conversationId);
        try
        {
            await playground.WaitUntilReadyAsync(cancellationToken);
            playground._page = await PlaygroundPageSocket.ConnectAsync(playground.BaseAddress, cancellationToken);
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }

        return playground;
    }

    /// <summary>A user types <paramref name="text"/> in the personal chat.</summary>
    public async Task SendUserMessageAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var response = await _client.PostAsync(
            $"_conversation/v1/conversations/{ConversationId}/messages",
            Json(new { type = "text", text, textFormat = "plain", from = new { id = UserId } }),
            cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A user presses an <c>Action.Submit</c> button with <paramref name="value"/> on the message <paramref name="messageId"/>.</summary>
    public async Task SubmitAsync(string messageId, JsonElement value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        using var response = await _client.PostAsync(
            "_conversation/v1/submit",
            Json(new { conversation = new { id = ConversationId }, replyToId = messageId, value, from = new { id = UserId } }),
            cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"Submit failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }

    /// <summary>Everything recorded so far.</summary>
    public async Task<IReadOnlyList<PlaygroundEvent>> ReadRecordingAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(RecordingPath))
        {
            return [];
        }

        await using var stream = new FileStream(RecordingPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return PlaygroundEvent.ParseRecording(await reader.ReadToEndAsync(cancellationToken));
    }

    /// <summary>
    /// Waits until the recording has an event matching <paramref name="match"/> after its first <paramref name="skip"/>
    /// events, and returns the first such event.
    /// </summary>
    public async Task<PlaygroundEvent> WaitForEventAsync(Func<PlaygroundEvent, bool> match, int skip, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var found = (await ReadRecordingAsync(cancellationToken)).Skip(skip).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The playground recorded no {what} within {Patience.TotalSeconds} s.");
            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>Waits until the page was sent a message matching <paramref name="match"/>, and returns the first.</summary>
    public Task<PlaygroundMessage> WaitForMessageAsync(Func<PlaygroundMessage, bool> match, string what, CancellationToken cancellationToken) =>
        (_page ?? throw new InvalidOperationException("Not started.")).WaitForMessageAsync(match, what, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_page is not null)
        {
            await _page.DisposeAsync();
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _client.Dispose();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the exiting process is left in the temp folder.
        }
    }

    private static StringContent Json<T>(T body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The Agents Playground exited with {_process.ExitCode}.");
            }

            try
            {
                if (await _client.GetStringAsync("_debug/ping", cancellationToken) == "pong")
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow to answer while starting.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"The Agents Playground did not answer /_debug/ping within {Patience.TotalSeconds} s.");
    }
}
