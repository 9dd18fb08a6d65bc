using MigrationBot.Guide.Answering;

namespace MigrationBot.Guide.Tests.Support;

/// <summary>Decline evidence for tests: every share and flag zero unless a test sets it.</summary>
internal static class TestEvidence
{
    public static DeclineEvidence Blank(AnswerRoute route = AnswerRoute.Search) => new(
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
