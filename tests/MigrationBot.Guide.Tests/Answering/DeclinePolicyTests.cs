using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Search;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class DeclinePolicyTests
{
    private readonly DeclinePolicy _policy = new();

    [Fact]
    public void HitWhoseHeadingNamesTheTopicNeedsOnlyTheUsualCoverage()
    {
        var result = Result(new SearchHit("a.md#wipe-disks", "a.md", 10, Coverage: 0.4, ArticleCoverage: 0.55, ["wipe"], HeadingCoverage: 0.4));

        Assert.False(_policy.ShouldDecline(result, namesMappedService: false));
    }

    [Fact]
    public void HitThatOnlyUsesTheQuestionsWordsInPassingNeedsMoreCoverage()
    {
        var result = Result(new SearchHit("a.md#cut-over", "a.md", 10, Coverage: 0.4, ArticleCoverage: 0.55, ["password"], HeadingCoverage: 0));

        Assert.True(_policy.ShouldDecline(result, namesMappedService: false));
    }

    [Fact]
    public void HitThatHoldsMostOfTheQuestionIsEnoughWithoutAHeadingMatch()
    {
        var result = Result(new SearchHit("a.md#cut-over", "a.md", 10, Coverage: 0.7, ArticleCoverage: 0.8, ["wipe", "disk"], HeadingCoverage: 0));

        Assert.False(_policy.ShouldDecline(result, namesMappedService: false));
    }

    private static SearchResult Result(SearchHit hit) => new(["wipe", "disk", "password"], ["wipe", "disk", "password"], [], [hit], 3);
}
