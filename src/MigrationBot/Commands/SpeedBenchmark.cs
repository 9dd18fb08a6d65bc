using System.Diagnostics;
using System.Globalization;
using MigrationBot.Guide;
using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Answering.Quality;
using MigrationBot.Guide.Parsing;

namespace MigrationBot.Commands;

/// <summary>
/// <c>bench speed [--content DIR] [--questions FILE.jsonl] [--rounds N]</c>: times whole answers (search, decline,
/// semantic leg where consulted, summary, mappings) for a varied set of questions (or those of a question set) on one
/// thread and prints the median, p95 and p99 per answer, plus the index build time.
/// Run it pinned to one core: <c>taskset -c 0 dotnet run -c Release --project src/MigrationBot -- bench speed</c>.
/// </summary>
internal static class SpeedBenchmark
{
    private static readonly string[] Questions =
    [
        "What replaces DynamoDB?",
        "ec2 -> azure?",
        "How do I move S3 buckets to Blob Storage?",
        "How should we plan the cutover?",
        "step 2",
        "What is a landing zone?",
        "How do I migrate Route 53 hosted zones?",
        "lambda equivalent",
        "How do I right-size virtual machines after migration?",
        "monitoring cloudwatch alarms in azure monitor",
        "How do I assess my AWS estate before moving?",
        "iam roles vs entra id",
        "What is the best pizza in Seattle?",
        "kubernets eks to aks",
        "How do I keep costs under control after the move?",
        "Which database should replace Amazon RDS for PostgreSQL?",
    ];

    public static async Task<int> RunAsync(string[] args, CommandIO io, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(io);
        string? content = null;
        string? questionsFile = null;
        var rounds = 200;
        var semanticArguments = new SemanticArguments();
        for (var i = 0; i < args.Length; i++)
        {
            if (semanticArguments.TryConsume(args, ref i))
            {
                continue;
            }

            if (args[i] == "--content" && i + 1 < args.Length)
            {
                content = args[++i];
            }
            else if (args[i] == "--questions" && i + 1 < args.Length)
            {
                questionsFile = args[++i];
            }
            else if (args[i] == "--rounds" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0)
            {
                rounds = r;
                i++;
            }
            else
            {
                await io.Error.WriteLineAsync($"Unknown or incomplete option '{args[i]}'.\nusage: bench speed [--content DIR] [--questions FILE.jsonl] [--rounds N] " + SemanticArguments.Usage).ConfigureAwait(false);
                return 2;
            }
        }

        content = ContentFolder.Find(content);
        if (!Directory.Exists(content))
        {
            await io.Error.WriteLineAsync($"The guide folder '{Path.GetFullPath(content)}' does not exist; pass --content DIR.").ConfigureAwait(false);
            return 2;
        }

        var guide = await GuideLoader.LoadAsync(content, new GuideLoadOptions(), cancellationToken).ConfigureAwait(false);
        using var semantic = semanticArguments.Load();
        if (semantic is not null)
        {
            await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"semantic leg: loaded in {semantic.LoadTime.TotalMilliseconds:F0} ms; working set {Environment.WorkingSet / 1e6:F0} MB")).ConfigureAwait(false);
        }

        var questions = questionsFile is null ? Questions : [.. QuestionSetReader.ReadFile(questionsFile).Select(q => q.Question)];
        var build = Stopwatch.StartNew();
        using var answerer = new GuideAnswerer(guide, semantic: semantic, fusion: semanticArguments.Fusion);
        build.Stop();
        foreach (var question in questions)
        {
            answerer.Ask(question);
        }

        var consulted = answerer.SemanticConsultations;

        for (var i = 0; i < 50; i++)
        {
            foreach (var question in questions)
            {
                answerer.Ask(question);
            }
        }

        var samples = new double[rounds * questions.Length];
        var n = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var round = 0; round < rounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var question in questions)
            {
                var start = Stopwatch.GetTimestamp();
                answerer.Ask(question);
                samples[n++] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        }

        process.Refresh();
        var cpuPerAnswer = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / samples.Length;
        Array.Sort(samples);
        await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"guide: {guide.Articles.Count} articles, {guide.SectionCount} sections; index built in {build.Elapsed.TotalMilliseconds:F0} ms")).ConfigureAwait(false);
        await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"answers: {samples.Length} ({questions.Length} questions x {rounds} rounds), one thread; semantic leg consulted on {consulted} of the {questions.Length} questions")).ConfigureAwait(false);
        await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"wall clock per answer: median {Percentile(samples, 0.50):F0} us, p95 {Percentile(samples, 0.95):F0} us, p99 {Percentile(samples, 0.99):F0} us, mean {samples.Average():F0} us")).ConfigureAwait(false);
        await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"process CPU time per answer (mean, includes the runtime's own threads): {cpuPerAnswer:F0} us")).ConfigureAwait(false);
        await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"working set: {Environment.WorkingSet / 1e6:F0} MB")).ConfigureAwait(false);
        return 0;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
