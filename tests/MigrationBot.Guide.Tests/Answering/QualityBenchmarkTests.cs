using System.Text.Json;
using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Answering.Quality;
using MigrationBot.Guide.Parsing;
using MigrationBot.Guide.Tests.Support;
using MigrationBot.Testing;

namespace MigrationBot.Guide.Tests.Answering;

/// <summary>
/// Guards answer quality: every question set under <c>bench/questions</c> must score at least the thresholds in
/// <c>bench/questions/thresholds.json</c> (its own entry, else <c>default</c>, the bar for guides the engine has not seen),
/// answered as the bot answers them: with the semantic leg.
/// </summary>
public sealed class QualityBenchmarkTests
{
    private static readonly string QuestionsFolder = Path.Combine(RepoPaths.Root, "bench", "questions");

    public static TheoryData<string> QuestionSetNames() =>
        new(QuestionSets.Discover(QuestionsFolder, RepoPaths.Root).Select(set => set.Name));

    [Fact]
    public void TheRepositoryHoldsQuestionSetsOverAtLeastTwoGuides()
    {
        var sets = QuestionSets.Discover(QuestionsFolder, RepoPaths.Root);

        Assert.True(sets.Select(s => s.GuidePath).Distinct().Count() >= 2);
        Assert.True(sets.Sum(s => QuestionSetReader.ReadFile(s.QuestionsPath).Count) >= 100);
    }

    [Theory]
    [MemberData(nameof(QuestionSetNames))]
    public async Task QuestionSetScoresAtLeastItsThresholds(string name)
    {
        var set = QuestionSets.Discover(QuestionsFolder, RepoPaths.Root).Single(s => s.Name == name);
        var guide = await GuideLoader.LoadAsync(set.GuidePath, new GuideLoadOptions(), TestContext.Current.CancellationToken);
        using var answerer = new GuideAnswerer(guide, semantic: SharedSemanticModel.Instance);

        var report = QualityEvaluator.Evaluate(QuestionSetReader.ReadFile(set.QuestionsPath), q => answerer.Ask(q));

        var bar = Thresholds(name);
        var misses = string.Join("\n", report.Misses.Select(m => $"{m.Outcome}: {m.Question.Question} -> {m.Got}"));
        Assert.True(report.Top1Article >= bar.GetProperty("top1Article").GetDouble(), $"top-1 article {report.Top1Article:P1}\n{misses}");
        Assert.True(report.Mrr5 >= bar.GetProperty("mrr5").GetDouble(), $"MRR@5 {report.Mrr5:F3}\n{misses}");
        Assert.True(report.SectionHit1 >= bar.GetProperty("sectionHit1").GetDouble(), $"section hit@1 {report.SectionHit1:P1}\n{misses}");
        if (report.OutOfScope > 0)
        {
            Assert.True(report.OutOfScopeDeclined >= bar.GetProperty("outOfScopeDeclined").GetDouble(), $"out-of-scope declined {report.OutOfScopeDeclined:P1}\n{misses}");
        }

        Assert.True(report.InScopeWronglyDeclined <= bar.GetProperty("inScopeWronglyDeclined").GetDouble(), $"in-scope declined {report.InScopeWronglyDeclined:P1}\n{misses}");
    }

    private static JsonElement Thresholds(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(QuestionsFolder, "thresholds.json")));
        var root = document.RootElement;
        return (root.TryGetProperty(name, out var own) ? own : root.GetProperty("default")).Clone();
    }
}
