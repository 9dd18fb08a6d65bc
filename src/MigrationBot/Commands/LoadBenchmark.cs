using System.Diagnostics;
using System.Globalization;
using MigrationBot.Guide;
using MigrationBot.Guide.Parsing;

namespace MigrationBot.Commands;

/// <summary>
/// <c>bench load [--content DIR] [--size-mb 1] [--runs 20]</c>: how long loading a guide of about SIZE MB of
/// Markdown takes, warm. The corpus is the guide at DIR (without its guide.yml) copied into a temporary folder as
/// many times as needed (a root toc links the copies), or without DIR a Learn-format guide written by
/// <see cref="SyntheticGuide"/>. Prints the median, 95th percentile and maximum of the timed loads, the median CPU
/// time of a load, and the machine's load average (timings on a busy machine are not comparable).
/// </summary>
public static class LoadBenchmark
{
    public const string Usage = "usage: bench load [--content DIR] [--size-mb 1] [--runs 20]";

    // Enough loads for tiered compilation to settle on optimized code.
    private const int WarmUpRuns = 10;

    public static async Task<int> RunAsync(string[] args, CommandIO io, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(io);
        var arguments = CommandArguments.Parse(args, "content", "size-mb", "runs");
        if (arguments.Error is not null || !TryNumber(arguments["size-mb"], 1, out var sizeMb) || !TryNumber(arguments["runs"], 20, out var runs) || runs < 1)
        {
            await io.Error.WriteLineAsync($"bench load: {arguments.Error ?? "--size-mb and --runs take positive numbers"}\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        var source = arguments["content"] is { } content ? Path.GetFullPath(content) : null;
        if (source is not null && !Directory.Exists(source))
        {
            await io.Error.WriteLineAsync($"bench load: the guide folder '{source}' does not exist.\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        if (source is not null && !Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories).Any())
        {
            await io.Error.WriteLineAsync($"bench load: the guide folder '{source}' holds no Markdown to load.\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        var corpus = Path.Combine(Path.GetTempPath(), "migrationbot-bench-load-" + Guid.NewGuid().ToString("N"));
        try
        {
            var bytes = source is null
                ? SyntheticGuide.Write(corpus, (long)(sizeMb * 1024 * 1024))
                : Replicate(source, corpus, (long)(sizeMb * 1024 * 1024));
            await MeasureAsync(corpus, source ?? "synthetic Learn-format guide", bytes, (int)runs, io.Output, cancellationToken).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            if (Directory.Exists(corpus))
            {
                Directory.Delete(corpus, recursive: true);
            }
        }
    }

    private static async Task MeasureAsync(string corpus, string source, long bytes, int runs, TextWriter output, CancellationToken cancellationToken)
    {
        var options = new GuideLoadOptions();
        MigrationGuide guide = null!;
        for (var i = 0; i < WarmUpRuns; i++)
        {
            guide = await GuideLoader.LoadAsync(corpus, options, cancellationToken).ConfigureAwait(false);
        }

        var times = new List<double>(runs);
        var cpu = new List<double>(runs);
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await GuideLoader.LoadAsync(corpus, options, cancellationToken).ConfigureAwait(false);
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        times.Sort();
        cpu.Sort();
        var median = times[times.Count / 2];
        var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        var invariant = CultureInfo.InvariantCulture;
        await output.WriteLineAsync($"source: {source}").ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(invariant, $"corpus: {bytes / 1024.0 / 1024.0:0.00} MB of Markdown, {guide.Articles.Count} articles, {guide.SectionCount} sections, {guide.Diagnostics.Count} diagnostics")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(invariant, $"load (warm, {runs} runs after {WarmUpRuns} warm-up): median {median:0.0} ms, p95 {p95:0.0} ms, max {times[^1]:0.0} ms; CPU median {cpu[cpu.Count / 2]:0.0} ms")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(invariant, $"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}")).ConfigureAwait(false);
    }

    /// <summary>The 1-minute load average on Linux, else "n/a": timings on a busy machine are not comparable.</summary>
    private static string LoadAverage()
    {
        const string LoadAvgFile = "/proc/loadavg";
        return File.Exists(LoadAvgFile) ? File.ReadAllText(LoadAvgFile).Split(' ')[0] : "n/a";
    }

    /// <summary>Copies the guide into numbered folders until they hold at least <paramref name="target"/> bytes of Markdown.</summary>
    private static long Replicate(string source, string corpus, long target)
    {
        // Everything but guide.yml, whose journey paths would not match the copies.
        var files = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(source, f).Equals("guide.yml", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var perCopy = Math.Max(1, files.Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).Sum(f => new FileInfo(f).Length));
        var copies = (int)Math.Max(1, (target + perCopy - 1) / perCopy);
        var toc = new List<string>();
        for (var copy = 1; copy <= copies; copy++)
        {
            var folder = $"copy-{copy:000}";
            foreach (var file in files)
            {
                var destination = Path.Combine(corpus, folder, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }

            toc.Add($"- name: Copy {copy}\n  href: {folder}/toc.yml");
        }

        if (File.Exists(Path.Combine(source, "toc.yml")))
        {
            File.WriteAllText(Path.Combine(corpus, "toc.yml"), string.Join('\n', toc) + "\n");
        }

        return perCopy * copies;
    }

    private static bool TryNumber(string? text, double fallback, out double value)
    {
        value = fallback;
        return text is null || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value > 0);
    }
}
