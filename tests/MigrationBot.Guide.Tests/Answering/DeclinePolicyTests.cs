using MigrationBot.Guide.Answering;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class DeclinePolicyTests
{
    private readonly DeclinePolicy _policy = new();

    [Fact]
    public void SectionThatHoldsTheQuestionTogetherUnderItsHeadingIsAnswered()
    {
        var evidence = Evidence() with { Coverage = 1, HeadingCoverage = 0.8, BestHeadingCoverage = 0.8, Together = 1, TopicShare = 1, SameArticle = 0.6 };

        Assert.False(_policy.ShouldDecline(evidence));
    }

    [Fact]
    public void QuestionMadeOfWordsTheGuideNeverUsesIsDeclined()
    {
        var evidence = Evidence() with { UnknownShare = 0.67, UnknownWeightShare = 0.8, Coverage = 1, KnownWords = 0.2 };

        Assert.True(_policy.ShouldDecline(evidence));
    }

    [Fact]
    public void KnownWordsThatOnlyMeetInPassingAreDeclined()
    {
        var evidence = Evidence() with { Coverage = 0.3, TopicShare = 0, KnownWords = 0.4, SameArticle = 0.2 };

        Assert.True(_policy.ShouldDecline(evidence));
    }

    [Fact]
    public void QuestionAboutLeavingAzureIsDeclinedHoweverWellItMatches()
    {
        var evidence = Evidence(AnswerRoute.Mapping) with { Coverage = 1, Together = 1, LeavesAzure = true };

        Assert.True(_policy.ShouldDecline(evidence));
    }

    [Theory]
    [InlineData(AnswerRoute.Definition)]
    [InlineData(AnswerRoute.Step)]
    [InlineData(AnswerRoute.Mapping)]
    public void QuestionAnsweredByTheGuidesOwnStructureIsNeverDeclined(AnswerRoute route)
    {
        var evidence = Evidence(route) with { UnknownShare = 1, UnknownWeightShare = 1, NoHits = true };

        Assert.False(_policy.ShouldDecline(evidence));
    }

    [Fact]
    public void QuestionNamingAnotherCloudIsDeclined()
    {
        var evidence = Evidence() with { Coverage = 1, NamesOtherPlatform = true };

        Assert.True(_policy.ShouldDecline(evidence));
    }

    [Fact]
    public void QuestionMadeOnlyOfEverydayWordsIsAboutTheWholeGuide()
    {
        var evidence = Evidence() with { OnlyEverydayWords = true };

        Assert.False(_policy.ShouldDecline(evidence));
    }

    [Fact]
    public void RulesLeaveTheOrdinaryCaseToTheModel()
    {
        Assert.Null(DeclinePolicy.Rule(Evidence()));
    }

    [Fact]
    public void AnotherModelCanBeGiven()
    {
        var policy = new DeclinePolicy { Model = new DeclineModel(-1, new Dictionary<string, double> { [nameof(DeclineEvidence.UnknownShare)] = 2 }) };

        Assert.True(policy.ShouldDecline(Evidence() with { UnknownShare = 0.6 }));
        Assert.False(policy.ShouldDecline(Evidence() with { UnknownShare = 0.4 }));
    }

    private static DeclineEvidence Evidence(AnswerRoute route = AnswerRoute.Search) => new(
        route,
        UnknownShare: 0,
        UnknownWeightShare: 0,
        Coverage: 0,
        BestCoverage: 0,
        HeadingCoverage: 0,
        BestHeadingCoverage: 0,
        ArticleCoverage: 0,
        RarestMatched: 0,
        RarestIsTopic: 0,
        RarestRarity: 0,
        Together: 0,
        HasPairs: 1,
        SameArticle: 0,
        Margin: 0,
        TopicShare: 0,
        MeaningfulShare: 1,
        RepairedShare: 0,
        KnownWords: 0.4);
}
