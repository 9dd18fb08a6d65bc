using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Search;
using MigrationBot.Guide.Tests.Support;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class ScopeExclusionsTests : IDisposable
{
    private static readonly MigrationGuide Guide = new GuideBuilder()
        .Article("index.md", "Move a data platform to Azure", a => a
            .Intro("This guide moves Hadoop clusters and warehouses to Azure.")
            .Section("Who this guide is for", "Data engineers who run Hadoop. The guide doesn't cover mainframe data or SAP systems. Oracle sources are read with Sqoop."))
        .Article("migrate/ingest.md", "Move ingestion", a => a
            .Section("Replace Sqoop imports", "Copy activities in Data Factory replace Sqoop imports from relational sources.")
            .Section("Move Kafka topics", "Mirror topics to Event Hubs while both platforms run."))
        .Article("migrate/warehouse.md", "Move the warehouse", a => a
            .Section("Move Teradata tables", "Export Teradata tables to Parquet and load them into the lakehouse. Stored procedures are not covered by the export and are rewritten by hand."))
        .Build();

    private readonly GuideIndex _index = GuideIndex.Build(Guide);

    [Fact]
    public void TopicsAreWhatTheGuideNamesOnlyToSayItDoesNotCoverThem()
    {
        var topics = new ScopeExclusions(Guide, _index.Analyze).Topics;

        Assert.Contains("mainframe", topics);
        Assert.Contains("sap", topics);
        Assert.DoesNotContain("data", topics);
        Assert.DoesNotContain("oracle", topics);
    }

    [Fact]
    public void OnlyASentenceThatSaysTheGuideDoesNotCoverSomethingCounts()
    {
        var topics = new ScopeExclusions(Guide, _index.Analyze).Topics;

        Assert.DoesNotContain("procedure", topics);
        Assert.DoesNotContain("stored", topics);
    }

    [Theory]
    [InlineData("how do we migrate our SAP landscape to Azure?")]
    [InlineData("mainframe to azure?")]
    public void QuestionAboutAnExcludedTopicIsDeclined(string question)
    {
        using var answerer = new GuideAnswerer(Guide);

        var answer = answerer.Ask(question);

        Assert.True(answer.Declined);
        Assert.NotEmpty(answerer.Examine(question).ExcludedTopics);
    }

    [Fact]
    public void QuestionThatAlsoNamesACoveredTopicIsAnswered()
    {
        using var answerer = new GuideAnswerer(Guide);

        var answer = answerer.Ask("we pull SAP tables with Sqoop every night, what replaces the Sqoop imports?");

        Assert.False(answer.Declined);
        Assert.Equal("migrate/ingest.md#replace-sqoop-imports", answer.Best!.Section.Id);
    }

    public void Dispose() => _index.Dispose();
}
