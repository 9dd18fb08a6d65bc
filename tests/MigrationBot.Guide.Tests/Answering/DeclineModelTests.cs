using MigrationBot.Guide.Answering;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class DeclineModelTests
{
    [Fact]
    public void ScoreIsTheBiasPlusTheWeightedFeatures()
    {
        var model = new DeclineModel(0.5, new Dictionary<string, double>
        {
            [nameof(DeclineEvidence.UnknownShare)] = 2,
            [nameof(DeclineEvidence.Coverage)] = -3,
        });
        var evidence = new DeclineEvidence(AnswerRoute.Search, 0.5, 0, 0.25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Assert.Equal(0.5 + 1 - 0.75, model.Score(evidence), 9);
    }

    [Fact]
    public void UnknownFeatureNameIsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DeclineModel(0, new Dictionary<string, double> { ["Shoe size"] = 1 }));

        Assert.Contains("Shoe size", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FittedModelWeighsOnlyKnownFeaturesAndPushesCoverageAndWordsTogetherTowardsAnswering()
    {
        var fitted = DeclineModel.Fitted;

        Assert.All(fitted.Weights.Keys, name => Assert.Contains(name, DeclineModel.FeatureNames));
        Assert.True(fitted.Weights[nameof(DeclineEvidence.CoverageOfAll)] < 0);
        Assert.True(fitted.Weights[nameof(DeclineEvidence.Together)] < 0);
    }

    [Fact]
    public void FeaturesFollowTheOrderOfTheirNames()
    {
        var evidence = new DeclineEvidence(AnswerRoute.Search, 0.1, 0.2, 0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        var features = DeclineModel.Features(evidence);

        Assert.Equal(DeclineModel.FeatureNames.Count, features.Length);
        Assert.Equal(0.2, features[DeclineModel.FeatureNames.ToList().IndexOf(nameof(DeclineEvidence.UnknownWeightShare))]);
    }
}
