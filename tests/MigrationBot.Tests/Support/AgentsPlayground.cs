using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MigrationBot.Testing;

namespace MigrationBot.Tests.Support;

/// <summary>
/// The Microsoft 365 Agents Playground (npm, pinned in <c>tests/node</c>) started without a browser: a Teams-like channel
/// that posts activities to the bot without a token and receives its replies on a mock Connector that checks their shape.
/// </summary>
internal sealed class AgentsPlayground : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _workDir;

    private AgentsPlayground(Process process, string workDir, int port, string conversationId)
    {
        _process = process;
        _workDir = workDir;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        ConversationId = conversationId;
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
        var port = FreePort();
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
            "-e", botEndpoint.AbsoluteUri, "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--conversation-id", conversationId, "--disable-telemetry", "--enable-events-recording",
        })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        info.Environment["M365_AGENTS_PLAYGROUND_RECORDING_FILE"] = Path.Combine(workDir, "events.log");
        info.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workDir, "playground.log");
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the Agents Playground.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var playground = new AgentsPlayground(process, workDir, port, conversationId);
        await playground.WaitUntilReadyAsync(cancellationToken);
        return playground;
    }

    /// <summary>A user types <paramref name="text"/> in the personal chat.</summary>
    public async Task SendUserMessageAsync(string text, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        using var content = new StringContent(
            System.Text.Json.JsonSerializer.Serialize(new { type = "text", text, textFormat = "plain", from = new { id = "user-id-0" } }),
            System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"_conversation/v1/conversations/{ConversationId}/messages", content, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the exiting process is left in the temp folder.
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The Agents Playground exited with {_process.ExitCode}.");
            }

            try
            {
                if (await client.GetStringAsync("_debug/ping", cancellationToken) == "pong")
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

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException("The Agents Playground did not answer /_debug/ping within 30 seconds.");
    }
}
