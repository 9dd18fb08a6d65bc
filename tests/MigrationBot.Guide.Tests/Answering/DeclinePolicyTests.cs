using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Tests.Support;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class DeclinePolicyTests
{
    private readonly DeclinePolicy _policy = new();

    [Fact]
    public void SectionThatHoldsTheQuestionTogetherUnderItsHeadingIsAnswered()
    {
        var evidence = TestEvidence.Blank() with { Coverage = 1, HeadingCoverage = 0.8, BestHeadingCoverage = 0.8, Together = 1, TopicShare = 1, SameArticle = 0.6 };

        Assert.False(_policy.ShouldDecline(evidence));
    }

    [Fact]
    public void QuestionMadeOfWordsTheGuideNeverUsesIsDeclined()
    {
        var evidence = TestEvidence.Blank() with { UnknownShare = 0.67, UnknownWeightShare = 0.8, Coverage = 1, KnownWords = 0.2 };

        Assert.True(_policy.ShouldDecline(evidence));
    }

    [Fact]
    public void KnownWordsThatOnlyMeetInPassingAreDeclined()
    {
        var evidence = TestEvidence.Blank() with { Coverage = 0.3, TopicShare = 0, KnownWords = 0.4, SameArticle = 0.2 };

        Assert.True(_policy.ShouldDecline(evidence));
    }

    [Fact]
    public void QuestionAboutLeavingAzureIsDeclinedHoweverWellItMatches()
    {
        var evidence = TestEvidence.Blank(AnswerRoute.Mapping) with { Coverage = 1, Together = 1, AwayFromAzure = true };

        Assert.True(_policy.ShouldDecline(evidence));
    }

    [Theory]
    [InlineData(AnswerRoute.Definition)]
    [InlineData(AnswerRoute.Step)]
    [InlineData(AnswerRoute.Mapping)]
    public void QuestionAnsweredByTheGuidesOwnStructureIsNeverDeclined(AnswerRoute route)
    {
        var evidence = TestEvidence.Blank(route) with { UnknownShare = 1, UnknownWeightShare = 1, NoHits = true };

        Assert.False(_policy.ShouldDecline(evidence));
    }

    [Fact]
    public void QuestionNamingAnotherCloudIsDeclined()
    {
        var evidence = TestEvidence.Blank() with { Coverage = 1, NamesOtherPlatform = true };

        Assert.True(_policy.ShouldDecline(evidence));
    }

    [Fact]
    public void QuestionMadeOnlyOfEverydayWordsIsAboutTheWholeGuide()
    {
        var evidence = TestEvidence.Blank() with { OnlyEverydayWords = true };

        Assert.False(_policy.ShouldDecline(evidence));
    }

    [Fact]
    public void RulesLeaveTheOrdinaryCaseToTheModel()
    {
        Assert.Null(DeclinePolicy.Rule(TestEvidence.Blank()));
    }

    [Fact]
    public void AnotherModelCanBeGiven()
    {
        var policy = new DeclinePolicy { Model = new DeclineModel(-1, new Dictionary<string, double> { [nameof(DeclineEvidence.UnknownShare)] = 2 }) };

        Assert.True(policy.ShouldDecline(TestEvidence.Blank() with { UnknownShare = 0.6 }));
        Assert.False(policy.ShouldDecline(TestEvidence.Blank() with { UnknownShare = 0.4 }));
    }

    [Theory]
    [InlineData(0.2, true)]
    [InlineData(0.4, true)]
    [InlineData(0.6, false)]
    public void SimilarityOfTheNearestSectionSettlesADoubtfulDeclineAtEitherEnd(double similarity, bool declined)
    {
        var policy = new DeclinePolicy { Model = new DeclineModel(0.5, new Dictionary<string, double>()) };

        Assert.Equal(declined, policy.ShouldDecline(TestEvidence.Blank() with { Similarity = similarity }));
    }

    [Theory]
    [InlineData(0.2, true)]
    [InlineData(0.4, false)]
    [InlineData(0.6, false)]
    public void DoubtfulAnswerIsDeclinedOnlyWhenNoSectionIsNearInMeaning(double similarity, bool declined)
    {
        var policy = new DeclinePolicy { Model = new DeclineModel(-0.5, new Dictionary<string, double>()) };

        Assert.Equal(declined, policy.ShouldDecline(TestEvidence.Blank() with { Similarity = similarity }));
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(-3, false)]
    public void ConfidentDecisionIsNotOverruledBySimilarity(double bias, bool declined)
    {
        var policy = new DeclinePolicy { Model = new DeclineModel(bias, new Dictionary<string, double>()) };

        Assert.Equal(declined, policy.ShouldDecline(TestEvidence.Blank() with { Similarity = declined ? 0.9 : 0.05 }));
    }
}
