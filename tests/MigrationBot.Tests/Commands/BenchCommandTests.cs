using System.Globalization;
using MigrationBot.Commands;
using MigrationBot.Guide.Answering;

namespace MigrationBot.Tests.Commands;

public sealed class BenchCommandTests
{
    [Fact]
    public async Task BenchLoadPrintsTheCorpusAndTheTimings()
    {
        var (code, output, error) = await LintCommandTests.RunAsync("bench", "load", "--size-mb", "0.05", "--runs", "2");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("source: synthetic Learn-format guide\n", output, StringComparison.Ordinal);
        Assert.Matches(@"corpus: 0\.0\d MB of Markdown, \d+ articles, \d+ sections", output);
        Assert.Matches(@"load \(warm, 2 runs after 10 warm-up\): median [0-9.]+ ms, p95 [0-9.]+ ms, max [0-9.]+ ms; CPU median [0-9.]+ ms", output);
        Assert.Contains($"machine: {Environment.ProcessorCount} cores", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchLoadReplicatesAGivenGuide()
    {
        var fixture = Path.Combine(MigrationBot.Testing.RepoPaths.Root, "tests", "MigrationBot.Guide.Tests", "TestData", "Parsing", "guides", "toc");

        var (code, output, _) = await LintCommandTests.RunAsync("bench", "load", "--content", fixture, "--size-mb", "0.002", "--runs", "1");

        Assert.Equal(0, code);
        Assert.Contains($"source: {fixture}\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchLoadOfAFolderWithoutMarkdownExitsTwo()
    {
        var folder = Directory.CreateTempSubdirectory("migrationbot-bench-").FullName;
        try
        {
            var (code, output, error) = await LintCommandTests.RunAsync("bench", "load", "--content", folder);

            Assert.Equal(2, code);
            Assert.Empty(output);
            Assert.Contains("holds no Markdown", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("nope")]
    public async Task UnknownBenchmarkExitsTwoListingTheKnownOnes(params string[] args)
    {
        var (code, _, error) = await LintCommandTests.RunAsync(["bench", .. args]);

        Assert.Equal(2, code);
        Assert.Contains(BenchCommand.Usage, error, StringComparison.Ordinal);
        Assert.Contains("load", BenchCommand.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchDeclineValidatesLeavingEachGuideOutAndPrintsTheFittedModel()
    {
        var questions = Path.Combine(MigrationBot.Testing.RepoPaths.Root, "bench", "questions", "dev");

        var (code, output, error) = await LintCommandTests.RunAsync("bench", "decline", "--questions", questions);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains(FormattableString.Invariant($"leave-one-guide-out (l2 {DeclineModel.FittedL2}, in-scope weight {DeclineModel.FittedInScopeWeight})"), output, StringComparison.Ordinal);
        Assert.Matches(@"learn-docset\s+30\s+[0-9.]+ %\s+[0-9.]+ %", output);
        Assert.Contains("DeclineModel.Fitted = new(", output, StringComparison.Ordinal);
        Assert.Contains("[nameof(DeclineEvidence.CoverageOfAll)] = ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchDeclineDumpPrintsOneLineOfEvidencePerQuestion()
    {
        var questions = Path.Combine(MigrationBot.Testing.RepoPaths.Root, "bench", "questions", "dev");

        var (code, output, _) = await LintCommandTests.RunAsync("bench", "decline", "--questions", questions, "--dump");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, code);
        Assert.StartsWith("set\tinScope\troute\trule\theldOutScore\t", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 30 + 164, lines.Length);
        Assert.Contains(lines, line => line.StartsWith("learn-docset\t0\t", StringComparison.Ordinal) && line.EndsWith("What is the best pizza in Seattle?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BenchDeclineDumpWithTheSemanticLegAddsEachQuestionsSimilarity()
    {
        var questions = Path.Combine(MigrationBot.Testing.RepoPaths.Root, "bench", "questions", "dev", "learn-docset.jsonl");

        var (code, output, _) = await LintCommandTests.RunAsync("bench", "decline", "--questions", questions, "--dump", "--semantic", "on");

        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split('\t')).ToList();
        Assert.Equal(0, code);
        Assert.Equal(30, rows.Count);
        Assert.All(rows, row => Assert.InRange(double.Parse(row[6], CultureInfo.InvariantCulture), -1, 1));
        Assert.Contains(rows, row => row[5] == "1");
    }

    [Fact]
    public async Task BenchQualityPrintsHowOftenTheSemanticLegWasConsulted()
    {
        var questions = Path.Combine(MigrationBot.Testing.RepoPaths.Root, "bench", "questions", "dev", "learn-docset.jsonl");

        var (code, output, error) = await LintCommandTests.RunAsync("bench", "quality", "--questions", questions);
        var (_, lexical, _) = await LintCommandTests.RunAsync("bench", "quality", "--questions", questions, "--semantic", "off");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Matches(@"learn-docset\s+30\s+[0-9.]+ %\s+[0-9.]+\s+[0-9.]+ %\s+[0-9.]+ %\s+[0-9.]+ %\s+([1-9][0-9]*) %", output);
        Assert.Matches(@"learn-docset\s+30\s+.*\s0 %\n", lexical);
    }

    [Fact]
    public async Task BenchSpeedTimesAQuestionSetsQuestions()
    {
        var root = MigrationBot.Testing.RepoPaths.Root;
        var (code, output, error) = await LintCommandTests.RunAsync(
            "bench", "speed", "--content", Path.Combine(root, "tests", "MigrationBot.Guide.Tests", "TestData", "Guides", "learn-docset"),
            "--questions", Path.Combine(root, "bench", "questions", "dev", "learn-docset.jsonl"), "--rounds", "1");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Matches(@"answers: 30 \(30 questions x 1 rounds\), one thread; semantic leg consulted on [1-9][0-9]* of the 30 questions", output);
        Assert.Contains("wall clock per answer: median", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fresh")]
    [InlineData("unseen")]
    [InlineData("hard")]
    public async Task BenchDeclineNeverReadsTheHeldOutSets(string folder)
    {
        var questions = Path.Combine(MigrationBot.Testing.RepoPaths.Root, "bench", "questions", folder);

        var (code, _, error) = await LintCommandTests.RunAsync("bench", "decline", "--questions", questions, "--dump");

        Assert.Equal(2, code);
        Assert.Contains("No question set", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--l2")]
    [InlineData("--in-weight", "lots")]
    [InlineData("--held-out")]
    public async Task BenchDeclineWithBadOptionsExitsTwo(params string[] args)
    {
        var (code, _, error) = await LintCommandTests.RunAsync(["bench", "decline", .. args]);

        Assert.Equal(2, code);
        Assert.Contains("usage: bench decline", error, StringComparison.Ordinal);
    }
}
