using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Answering.Quality;

namespace MigrationBot.Guide.Tests.Answering.Quality;

public sealed class DeclineFitterTests
{
    [Fact]
    public void FittedModelSeparatesCoveredFromUncoveredQuestions()
    {
        var samples = Samples("a").Concat(Samples("b")).ToList();

        var model = DeclineFitter.Fit(samples, l2: 0.1, inScopeWeight: 1, [nameof(DeclineEvidence.UnknownShare), nameof(DeclineEvidence.Coverage)]);

        Assert.True(model.Weights[nameof(DeclineEvidence.UnknownShare)] > 0);
        Assert.True(model.Weights[nameof(DeclineEvidence.Coverage)] < 0);
        Assert.Equal(2, model.Weights.Count);
        Assert.All(samples, s => Assert.Equal(!s.InScope, DeclineFitter.Declines(model, s)));
    }

    [Fact]
    public void FittingIsDeterministic()
    {
        var samples = Samples("a").Concat(Samples("b")).ToList();

        var first = DeclineFitter.Fit(samples, 1, 2);
        var second = DeclineFitter.Fit(samples, 1, 2);

        Assert.Equal(first.Bias, second.Bias);
        Assert.Equal(first.Weights, second.Weights);
    }

    [Fact]
    public void QuestionsARuleSettlesDoNotMoveTheModel()
    {
        var samples = Samples("a").ToList();
        var settled = samples.Append(Sample("a", inScope: true, unknown: 1, coverage: 0) with
        {
            Evidence = Evidence(1, 0) with { Route = AnswerRoute.Step },
        }).ToList();

        Assert.Equal(DeclineFitter.Fit(samples, 1, 1).Bias, DeclineFitter.Fit(settled, 1, 1).Bias, 9);
    }

    private static IEnumerable<DeclineSample> Samples(string guide)
    {
        for (var i = 0; i < 6; i++)
        {
            yield return Sample(guide, inScope: true, unknown: 0.05 * i, coverage: 0.9 - (0.05 * i));
            yield return Sample(guide, inScope: false, unknown: 0.6 + (0.05 * i), coverage: 0.3 + (0.05 * i));
        }
    }

    private static DeclineSample Sample(string guide, bool inScope, double unknown, double coverage) =>
        new("set-" + guide, guide, new BenchQuestion("q", inScope ? "a.md" : null, null, "howto"), inScope, Evidence(unknown, coverage));

    private static DeclineEvidence Evidence(double unknown, double coverage) =>
        new(AnswerRoute.Search, unknown, unknown, coverage, coverage, 0, 0, coverage, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0.4);
}
