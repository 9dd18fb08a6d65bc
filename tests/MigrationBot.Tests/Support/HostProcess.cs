using System.Diagnostics;

namespace MigrationBot.Tests.Support;

/// <summary>
/// The built bot host run as its own process, as an admin starts it: for start-up failures, which an in-process test
/// host can report only racily once the failed host has been disposed.
/// </summary>
internal static class HostProcess
{
    /// <summary>Starts the host with extra environment settings and waits for it to stop on its own.</summary>
    public static async Task<(int ExitCode, string Error)> RunUntilExitAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MigrationBot.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Storage__SqlitePath"] = Path.Combine(Path.GetTempPath(), "migrationbot-test-" + Guid.NewGuid().ToString("N"), "bot.db");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The host process did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output + await error);
    }
}
