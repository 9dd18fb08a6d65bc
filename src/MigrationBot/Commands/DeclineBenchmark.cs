using System.Globalization;
using MigrationBot.Guide;
using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Answering.Quality;
using MigrationBot.Guide.Parsing;

namespace MigrationBot.Commands;

/// <summary>
/// <c>bench decline [--questions PATH] [--l2 X] [--in-weight X] [--features A,B|all] [--dump]</c>: fits the decline model
/// (<see cref="DeclineModel"/>) on the question sets under PATH, leaving out the <c>fresh/</c>, <c>unseen/</c> and
/// <c>hard/</c> sets. It
/// prints, for each guide, the decline rates of a model fitted on the other guides only (the honest estimate for a
/// guide never seen), then the model fitted on every guide, as the constants of <see cref="DeclineModel.Fitted"/>.
/// <c>--dump</c> prints every question's evidence as tab-separated values instead.
/// </summary>
internal static class DeclineBenchmark
{
    private static readonly string Usage = "usage: bench decline [--questions PATH] [--l2 X] [--in-weight X] [--features A,B|all] [--dump] " + SemanticArguments.Usage;
    /// <summary>
    /// Question sets under folders of these names are never fitted on, nor read here: <c>fresh</c>, new questions over
    /// guides used for tuning; <c>unseen</c>, guides and questions written after the tuning; <c>hard</c>, near-miss
    /// questions written after the model was fitted, which its features cannot tell apart (fitting on them moved the
    /// model without a gain; see docs/benchmarks.md).
    /// </summary>
    private static readonly string[] HeldOutFolders = ["fresh", "unseen", "hard"];

    public static async Task<int> RunAsync(string[] args, CommandIO io, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(io);
        var questions = Path.Combine("bench", "questions");
        double l2 = DeclineModel.FittedL2, inWeight = DeclineModel.FittedInScopeWeight;
        var dump = false;
        IReadOnlyCollection<string>? features = [.. DeclineModel.Fitted.Weights.Keys];
        var semanticArguments = new SemanticArguments(enabled: false);
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
                case "--l2" when i + 1 < args.Length && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out l2):
                    i++;
                    break;
                case "--in-weight" when i + 1 < args.Length && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out inWeight):
                    i++;
                    break;
                case "--features" when i + 1 < args.Length:
                    features = args[++i] == "all" ? null : args[i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--dump":
                    dump = true;
                    break;
                default:
                    await io.Error.WriteLineAsync($"Unknown or incomplete option '{args[i]}'.\n{Usage}").ConfigureAwait(false);
                    return 2;
            }
        }

        var root = QuestionSets.RepoRootAbove(questions);
        var sets = QuestionSets.Discover(questions, root)
            .Where(s => !Path.GetRelativePath(root, s.QuestionsPath).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Intersect(HeldOutFolders, StringComparer.Ordinal).Any())
            .ToList();
        if (sets.Count == 0)
        {
            await io.Error.WriteLineAsync($"No question set with a guide found at '{Path.GetFullPath(questions)}' (sets under {string.Join("/ and ", HeldOutFolders)}/ are held out).\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        // The model is fitted on lexical evidence alone; the semantic leg, when asked for, adds the nearest section's
        // similarity to the dump.
        using var semantic = semanticArguments.Load();
        var samples = new List<DeclineSample>();
        foreach (var group in sets.GroupBy(s => s.GuidePath, StringComparer.Ordinal))
        {
            var guide = await GuideLoader.LoadAsync(group.Key, new GuideLoadOptions(), cancellationToken).ConfigureAwait(false);
            using var answerer = new GuideAnswerer(guide, semantic: semantic, fusion: semanticArguments.Fusion);
            foreach (var set in group)
            {
                foreach (var question in QuestionSetReader.ReadFile(set.QuestionsPath))
                {
                    samples.Add(new DeclineSample(set.Name, Path.GetFileName(group.Key), question, question.InScope, answerer.Examine(question.Question)));
                }
            }
        }

        if (dump)
        {
            var heldOut = samples.Select(s => s.Guide).Distinct(StringComparer.Ordinal)
                .ToDictionary(g => g, g => DeclineFitter.Fit(samples.Where(s => s.Guide != g).ToList(), l2, inWeight, features), StringComparer.Ordinal);
            await io.Output.WriteLineAsync($"set\tinScope\troute\trule\theldOutScore\tconsulted\tsimilarity\t{string.Join('\t', DeclineModel.FeatureNames)}\tknown | unknown\tquestion").ConfigureAwait(false);
            foreach (var s in samples)
            {
                var values = string.Join('\t', DeclineModel.Features(s.Evidence).Select(f => f.ToString("0.###", CultureInfo.InvariantCulture)));
                var rule = DeclinePolicy.Rule(s.Evidence) switch { true => "decline", false => "answer", null => "model" };
                await io.Output.WriteLineAsync($"{s.Set}\t{(s.InScope ? 1 : 0)}\t{s.Evidence.Route}\t{rule}\t{heldOut[s.Guide].Score(s.Evidence).ToString("0.##", CultureInfo.InvariantCulture)}\t{(semanticArguments.Fusion.Consults(s.Evidence, new DeclinePolicy()) ? 1 : 0)}\t{s.Evidence.Similarity?.ToString("0.###", CultureInfo.InvariantCulture)}\t{values}\t{string.Join(' ', s.Evidence.KnownTerms)} | {string.Join(' ', s.Evidence.UnknownTerms)}\t{s.Question.Question}").ConfigureAwait(false);
            }

            return 0;
        }

        await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"leave-one-guide-out (l2 {l2}, in-scope weight {inWeight})")).ConfigureAwait(false);
        await io.Output.WriteLineAsync($"{"held-out set",-28} {"N",5} {"oos-declined",13} {"in-declined",12}").ConfigureAwait(false);
        foreach (var guide in samples.Select(s => s.Guide).Distinct(StringComparer.Ordinal))
        {
            var model = DeclineFitter.Fit(samples.Where(s => s.Guide != guide).ToList(), l2, inWeight, features);
            foreach (var set in samples.Where(s => s.Guide == guide).GroupBy(s => s.Set))
            {
                await WriteRatesAsync(io.Output, set.Key, set.ToList(), model).ConfigureAwait(false);
            }
        }

        var fitted = DeclineFitter.Fit(samples, l2, inWeight, features);
        await io.Output.WriteLineAsync("\nfitted on every set (in-sample):").ConfigureAwait(false);
        foreach (var set in samples.GroupBy(s => s.Set))
        {
            await WriteRatesAsync(io.Output, set.Key, set.ToList(), fitted).ConfigureAwait(false);
        }

        await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"\nDeclineModel.Fitted = new({fitted.Bias:0.###}, ...)")).ConfigureAwait(false);
        foreach (var (name, weight) in fitted.Weights.OrderByDescending(w => Math.Abs(w.Value)))
        {
            await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"    [nameof(DeclineEvidence.{name})] = {weight:0.###},")).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task WriteRatesAsync(TextWriter output, string name, List<DeclineSample> set, DeclineModel model)
    {
        var inScope = set.Where(s => s.InScope).ToList();
        var outOfScope = set.Where(s => !s.InScope).ToList();
        var oos = outOfScope.Count == 0 ? 0 : (double)outOfScope.Count(s => DeclineFitter.Declines(model, s)) / outOfScope.Count;
        var wrong = inScope.Count == 0 ? 0 : (double)inScope.Count(s => DeclineFitter.Declines(model, s)) / inScope.Count;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {set.Count,5} {oos,13:P1} {wrong,12:P1}")).ConfigureAwait(false);
    }
}
