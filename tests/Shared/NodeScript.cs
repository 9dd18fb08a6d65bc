using System.Diagnostics;

namespace MigrationBot.Testing;

/// <summary>What a Node script printed and how it ended.</summary>
internal sealed record NodeScriptResult(int ExitCode, string Output, string Error);

/// <summary>Runs one of the scripts in <c>tests/node</c> with the pinned npm tools installed.</summary>
internal static class NodeScript
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Runs <c>node script args...</c> in <c>tests/node</c> with nothing on standard input.</summary>
    public static Task<NodeScriptResult> RunAsync(string script, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(script, arguments, input: null, cancellationToken);

    /// <summary>Runs <c>node script args...</c> in <c>tests/node</c>, feeding <paramref name="input"/> on standard input; gives up after five minutes.</summary>
    public static async Task<NodeScriptResult> RunAsync(string script, IEnumerable<string> arguments, string? input, CancellationToken cancellationToken)
    {
        var dir = await NodeTools.EnsureInstalledAsync(cancellationToken);
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = dir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken);
        }

        process.StandardInput.Close();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {Limit.TotalMinutes} minutes.");
        }

        return new NodeScriptResult(process.ExitCode, await stdout, await stderr);
    }
}
