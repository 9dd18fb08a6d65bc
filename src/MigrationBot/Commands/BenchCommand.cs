namespace MigrationBot.Commands;

/// <summary>
/// <c>bench NAME [options]</c>: runs one named benchmark and prints its numbers. Each benchmark lives in its own
/// file; add one by adding a line to <see cref="Benchmarks"/>.
/// </summary>
public static class BenchCommand
{
    private static readonly Dictionary<string, Func<string[], CommandIO, CancellationToken, Task<int>>> Benchmarks = new(StringComparer.Ordinal)
    {
        ["decline"] = DeclineBenchmark.RunAsync,
        ["load"] = LoadBenchmark.RunAsync,
        ["quality"] = QualityBenchmark.RunAsync,
        ["speed"] = SpeedBenchmark.RunAsync,
    };

    public static string Usage => $"usage: bench <{string.Join('|', Benchmarks.Keys.Order(StringComparer.Ordinal))}> [options]";

    public static async Task<int> RunAsync(string[] args, CommandIO io, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(io);
        if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var benchmark))
        {
            var problem = args.Length == 0 ? "name a benchmark" : $"unknown benchmark '{args[0]}'";
            await io.Error.WriteLineAsync($"bench: {problem}\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        return await benchmark(args[1..], io, cancellationToken).ConfigureAwait(false);
    }
}
