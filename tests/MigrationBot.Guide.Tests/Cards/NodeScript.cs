using System.Diagnostics;
using MigrationBot.Testing;

namespace MigrationBot.Guide.Tests.Cards;

/// <summary>Runs one of our scripts in <c>tests/node</c> with the pinned npm tools installed.</summary>
internal static class NodeScript
{
    public static async Task<NodeRun> RunAsync(string script, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var dir = await NodeTools.EnsureInstalledAsync(cancellationToken);
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(dir, script));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new NodeRun(process.ExitCode, await stdout, await stderr);
    }
}
