using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Answering.Quality;
using MigrationBot.Guide.Tests.Support;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class QualityEvaluatorTests
{
    private static readonly MigrationGuide Guide = SampleGuides.AwsToAzure();

    [Fact]
    public void MetricsCountRanksSectionsAndDeclines()
    {
        BenchQuestion[] questions =
        [
            new("q1", "services/storage.md", "copy-data-with-azcopy", "howto"),
            new("q2", "services/networking.md", null, "mapping"),
            new("q3", "journey/assess.md", "", "step"),
            new("q4", null, null, "out-of-scope"),
            new("q5", null, null, "out-of-scope"),
        ];
        var answers = new Dictionary<string, Answer>
        {
            ["q1"] = Ranked("services/storage.md#copy-data-with-azcopy"),
            ["q2"] = Ranked("services/storage.md", "services/networking.md#migrate-hosted-zones"),
            ["q3"] = Declined(),
            ["q4"] = Declined(),
            ["q5"] = Ranked("index.md"),
        };

        var report = QualityEvaluator.Evaluate(questions, q => answers[q]);

        Assert.Equal(3, report.InScope);
        Assert.Equal(2, report.OutOfScope);
        Assert.Equal(1.0 / 3, report.Top1Article, 3);
        Assert.Equal((1 + 0.5) / 3, report.Mrr5, 3);
        Assert.Equal(1.0 / 3, report.SectionHit1, 3);
        Assert.Equal(0.5, report.OutOfScopeDeclined, 3);
        Assert.Equal(1.0 / 3, report.InScopeWronglyDeclined, 3);
        Assert.Equal(["wrong article", "declined", "answered"], report.Misses.Select(m => m.Outcome));
    }

    [Fact]
    public void EmptyExpectedSectionMeansTheIntroduction()
    {
        var report = QualityEvaluator.Evaluate([new("q", "journey/assess.md", "", "step")], _ => Ranked("journey/assess.md"));

        Assert.Equal(1, report.SectionHit1);
    }

    private static Answer Ranked(params string[] ids)
    {
        var results = ids.Select(id =>
        {
            var section = Guide.FindSection(id)!;
            return new AnswerSection(Guide.FindArticle(section.ArticlePath)!, section, 1);
        }).ToList();
        return new Answer("q", false, results[0], [], [], null, [], [], results);
    }

    private static Answer Declined() => new("q", true, null, [], [], null, [], [], []);
}
