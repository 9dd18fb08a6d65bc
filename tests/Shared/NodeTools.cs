using System.Diagnostics;
using System.Security.Cryptography;

namespace MigrationBot.Testing;

/// <summary>
/// Installs the pinned npm tools of <c>tests/node</c> from the committed lockfile, once per lockfile version,
/// safely when several test processes ask at the same time.
/// </summary>
internal static class NodeTools
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Makes sure <c>tests/node/node_modules</c> matches the lockfile and returns the folder.</summary>
    public static async Task<string> EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        var dir = RepoPaths.NodeTools;
        var lockFile = Path.Combine(dir, "package-lock.json");
        var stamp = Path.Combine(dir, "node_modules", ".installed-from");
        var wanted = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(lockFile, cancellationToken)));

        await Gate.WaitAsync(cancellationToken);
        try
        {
            using var crossProcess = await AcquireFileLockAsync(Path.Combine(dir, ".install.lock"), cancellationToken);
            if (File.Exists(stamp) && await File.ReadAllTextAsync(stamp, cancellationToken) == wanted)
            {
                return dir;
            }

            await RunAsync("npm", "ci --no-audit --no-fund --loglevel=error", dir, TimeSpan.FromMinutes(10), cancellationToken);
            await File.WriteAllTextAsync(stamp, wanted, cancellationToken);
            return dir;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Path of a file inside the installed <c>node_modules</c>.</summary>
    public static string ModulePath(params string[] parts) =>
        Path.Combine([RepoPaths.NodeTools, "node_modules", .. parts]);

    private static async Task<FileStream> AcquireFileLockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(250, cancellationToken);
            }
        }
    }

    private static async Task RunAsync(string file, string arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        await process.WaitForExitAsync(timeoutSource.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }
}
