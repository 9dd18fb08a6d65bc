using System.Globalization;
using System.Text.Json;
using MigrationBot.Guide;
using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Answering.Quality;
using MigrationBot.Guide.Parsing;

namespace MigrationBot.Commands;

/// <summary>
/// <c>bench quality [--questions PATH] [--guide DIR] [--json] [--verbose] [--baseline]</c>: answers every question
/// set under PATH (default <c>bench/questions</c>) and prints top-1 article accuracy, MRR@5, section hit@1 and the
/// decline rates per set. <c>--guide</c> names the guide for a single question file outside the repository.
/// </summary>
internal static class QualityBenchmark
{
    private static readonly string Usage = "usage: bench quality [--questions PATH] [--guide DIR] [--json] [--verbose] [--baseline] " + SemanticArguments.Usage;

    public static async Task<int> RunAsync(string[] args, CommandIO io, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(io);
        string questions = Path.Combine("bench", "questions");
        string? guideOverride = null;
        bool json = false, verbose = false, baseline = false;
        var semanticArguments = new SemanticArguments();
        for (var i = 0; i < args.Length; i++)
        {
            if (semanticArguments.TryConsume(args, ref i))
            {
                continue;
            }

            switch (args[i])
            {
                case "--questions" when i + 1 < args.Length:
                    questions = args[++i];
                    break;
                case "--guide" when i + 1 < args.Length:
                    guideOverride = args[++i];
                    break;
                case "--json":
                    json = true;
                    break;
                case "--verbose":
                    verbose = true;
                    break;
                case "--baseline":
                    baseline = true;
                    break;
                default:
                    await io.Error.WriteLineAsync($"Unknown or incomplete option '{args[i]}'.\n{Usage}").ConfigureAwait(false);
                    return 2;
            }
        }

        var sets = guideOverride is null
            ? QuestionSets.Discover(questions, QuestionSets.RepoRootAbove(questions))
            : File.Exists(questions)
                ? [new QuestionSet(Path.GetFileNameWithoutExtension(questions), Path.GetFullPath(questions), Path.GetFullPath(guideOverride))]
                : [];
        if (sets.Count == 0)
        {
            await io.Error.WriteLineAsync($"No question set with a guide found at '{Path.GetFullPath(questions)}'.\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        if (!json)
        {
            await io.Output.WriteLineAsync($"{"set",-28} {"N",5} {"top-1",7} {"MRR@5",6} {"sec@1",7} {"oos-declined",13} {"in-declined",12} {"semantic",9}").ConfigureAwait(false);
        }

        using var semantic = semanticArguments.Load();

        var guides = new Dictionary<string, MigrationGuide>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            if (!guides.TryGetValue(set.GuidePath, out var guide))
            {
                guide = await GuideLoader.LoadAsync(set.GuidePath, new GuideLoadOptions(), cancellationToken).ConfigureAwait(false);
                guides[set.GuidePath] = guide;
            }

            var questionList = QuestionSetReader.ReadFile(set.QuestionsPath);
            using (var answerer = new GuideAnswerer(guide, semantic: semantic, fusion: semanticArguments.Fusion))
            {
                var report = QualityEvaluator.Evaluate(questionList, q => answerer.Ask(q));
                var consulted = questionList.Count == 0 ? 0 : (double)answerer.SemanticConsultations / questionList.Count;
                await WriteAsync(io.Output, set.Name, report, json, verbose, consulted).ConfigureAwait(false);
            }

            if (baseline)
            {
                using var plain = new BaselineAnswerer(guide);
                var report = QualityEvaluator.Evaluate(questionList, q => plain.Ask(q));
                await WriteAsync(io.Output, set.Name + " (baseline)", report, json, verbose: false, consulted: 0).ConfigureAwait(false);
            }
        }

        return 0;
    }

    private static async Task WriteAsync(TextWriter output, string name, QualityReport report, bool json, bool verbose, double consulted)
    {
        if (json)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("set", name);
                writer.WriteNumber("questions", report.Questions);
                writer.WriteNumber("inScope", report.InScope);
                writer.WriteNumber("outOfScope", report.OutOfScope);
                writer.WriteNumber("top1Article", Math.Round(report.Top1Article, 4));
                writer.WriteNumber("mrr5", Math.Round(report.Mrr5, 4));
                writer.WriteNumber("sectionHit1", Math.Round(report.SectionHit1, 4));
                writer.WriteNumber("outOfScopeDeclined", Math.Round(report.OutOfScopeDeclined, 4));
                writer.WriteNumber("inScopeWronglyDeclined", Math.Round(report.InScopeWronglyDeclined, 4));
                writer.WriteNumber("semanticConsulted", Math.Round(consulted, 4));
                writer.WriteEndObject();
            }

            await output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-28} {report.Questions,5} {report.Top1Article,7:P1} {report.Mrr5,6:F3} {report.SectionHit1,7:P1} {report.OutOfScopeDeclined,13:P1} {report.InScopeWronglyDeclined,12:P1} {consulted,9:P0}")).ConfigureAwait(false);
        if (verbose)
        {
            foreach (var miss in report.Misses)
            {
                var expected = miss.Question.Article is null ? "(out of scope)" : $"{miss.Question.Article}#{miss.Question.Section}";
                await output.WriteLineAsync($"    {miss.Outcome,-14} [{miss.Question.Kind}] {miss.Question.Question}\n{string.Empty,20}expected {expected}, got {miss.Got ?? "(declined)"}").ConfigureAwait(false);
            }
        }
    }
}
