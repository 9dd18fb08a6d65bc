using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Search;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class DeclineEvidenceTests
{
    private static readonly HashSet<string> NoChat = new(StringComparer.Ordinal);

    [Fact]
    public void SharesAreTakenOfTheQuestionsWeightUnknownWordsIncluded()
    {
        var search = Search(
            ["cutover", "dns", "quokka"],
            unknown: ["quokka"],
            new SearchHit("a.md#plan", "a.md", 10, Coverage: 1, ArticleCoverage: 1, ["cutover", "dns"], HeadingCoverage: 0.5) { PairsTogether = 1 });

        var evidence = DeclineEvidence.From(search, AnswerRoute.Search, 5, NoChat);

        Assert.Equal(1.0 / 3, evidence.UnknownShare, 9);
        Assert.Equal(1.0 / 3, evidence.UnknownWeightShare, 9);
        Assert.Equal(2.0 / 3, evidence.CoverageOfAll, 9);
        Assert.Equal(1.0 / 3, evidence.HeadingCoverageOfAll, 9);
        Assert.Equal(1, evidence.Together);
        Assert.Equal(["quokka"], evidence.UnknownTerms);
    }

    [Fact]
    public void WordsOfChatAreNotUnknown()
    {
        var search = Search(["cutover", "sideways"], unknown: ["sideways"], Hit("a.md#plan", "a.md"));

        var evidence = DeclineEvidence.From(search, AnswerRoute.Search, 5, new HashSet<string>(["sideways"], StringComparer.Ordinal));

        Assert.Equal(0, evidence.UnknownShare);
        Assert.Empty(evidence.UnknownTerms);
        Assert.Equal(1, evidence.CoverageOfAll, 9);
    }

    [Fact]
    public void ShortenedFormOfAGuideWordCountsHalf()
    {
        var search = Search(["cutover", "prereq"], unknown: ["prereq"], Hit("a.md#plan", "a.md")) with { Variants = ["prereq"] };

        var evidence = DeclineEvidence.From(search, AnswerRoute.Search, 5, NoChat);

        Assert.Equal(0.25, evidence.UnknownShare, 9);
        Assert.Equal(0.5 / 1.5, evidence.UnknownWeightShare, 9);
    }

    [Fact]
    public void MarginAndSameArticleDescribeTheFirstHits()
    {
        var search = Search(["cutover"], unknown: [], Hit("a.md#one", "a.md", 10), Hit("a.md#two", "a.md", 6), Hit("b.md#one", "b.md", 5), Hit("c.md#one", "c.md", 4));

        var evidence = DeclineEvidence.From(search, AnswerRoute.Search, 5, NoChat);

        Assert.Equal(0.4, evidence.Margin, 9);
        Assert.Equal(0.5, evidence.SameArticle, 9);
    }

    [Fact]
    public void SearchWithoutHitsSaysSo()
    {
        var evidence = DeclineEvidence.From(SearchResult.Empty, AnswerRoute.Search, 5, NoChat);

        Assert.True(evidence.NoHits);
        Assert.False(evidence.OnlyEverydayWords);
        Assert.Equal(0, evidence.CoverageOfAll);
    }

    private static SearchHit Hit(string id, string article, double score = 10) =>
        new(id, article, score, Coverage: 1, ArticleCoverage: 1, ["cutover"], HeadingCoverage: 0);

    /// <summary>A search over a guide of 100 sections where every meaningful word weighs the same.</summary>
    private static SearchResult Search(string[] meaningful, string[] unknown, params SearchHit[] hits) =>
        new(meaningful, meaningful, unknown, hits, meaningful.Length)
        {
            Weights = meaningful.ToDictionary(t => t, _ => 2.0, StringComparer.Ordinal),
            SectionCount = 100,
        };
}
