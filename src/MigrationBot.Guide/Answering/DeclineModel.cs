namespace MigrationBot.Guide.Answering;

/// <summary>
/// A small logistic model over <see cref="DeclineEvidence"/>: a question is declined when
/// <c>Bias + sum(weight * feature)</c> is above zero. Positive weights push towards declining, negative towards
/// answering; every feature is a share or flag between 0 and 1, so the weights compare directly.
/// </summary>
public sealed class DeclineModel
{
    /// <summary>The L2 penalty <see cref="Fitted"/> was fitted with.</summary>
    public const double FittedL2 = 1.0;

    /// <summary>The relative weight of in-scope questions <see cref="Fitted"/> was fitted with.</summary>
    public const double FittedInScopeWeight = 3.0;

    private static readonly Dictionary<string, Func<DeclineEvidence, double>> Readers = new(StringComparer.Ordinal)
    {
        [nameof(DeclineEvidence.UnknownShare)] = e => e.UnknownShare,
        [nameof(DeclineEvidence.UnknownWeightShare)] = e => e.UnknownWeightShare,
        [nameof(DeclineEvidence.Coverage)] = e => e.Coverage,
        [nameof(DeclineEvidence.BestCoverage)] = e => e.BestCoverage,
        [nameof(DeclineEvidence.HeadingCoverage)] = e => e.HeadingCoverage,
        [nameof(DeclineEvidence.BestHeadingCoverage)] = e => e.BestHeadingCoverage,
        [nameof(DeclineEvidence.ArticleCoverage)] = e => e.ArticleCoverage,
        [nameof(DeclineEvidence.RarestMatched)] = e => e.RarestMatched,
        [nameof(DeclineEvidence.RarestIsTopic)] = e => e.RarestIsTopic,
        [nameof(DeclineEvidence.RarestRarity)] = e => e.RarestRarity,
        [nameof(DeclineEvidence.Together)] = e => e.Together,
        [nameof(DeclineEvidence.HasPairs)] = e => e.HasPairs,
        [nameof(DeclineEvidence.SameArticle)] = e => e.SameArticle,
        [nameof(DeclineEvidence.Margin)] = e => e.Margin,
        [nameof(DeclineEvidence.TopicShare)] = e => e.TopicShare,
        [nameof(DeclineEvidence.MeaningfulShare)] = e => e.MeaningfulShare,
        [nameof(DeclineEvidence.RepairedShare)] = e => e.RepairedShare,
        [nameof(DeclineEvidence.KnownWords)] = e => e.KnownWords,
        [nameof(DeclineEvidence.CoverageOfAll)] = e => e.CoverageOfAll,
        [nameof(DeclineEvidence.HeadingCoverageOfAll)] = e => e.HeadingCoverageOfAll,
        [nameof(DeclineEvidence.NamesMappedService)] = e => e.NamesMappedService ? 1 : 0,
    };

    /// <param name="bias">The log-odds of declining before any evidence.</param>
    /// <param name="weights">Weights by feature name (see <see cref="FeatureNames"/>); features not named weigh nothing.</param>
    public DeclineModel(double bias, IReadOnlyDictionary<string, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        foreach (var name in weights.Keys.Where(name => !Readers.ContainsKey(name)))
        {
            throw new ArgumentException($"Unknown decline feature '{name}'.", nameof(weights));
        }

        Bias = bias;
        Weights = new Dictionary<string, double>(weights, StringComparer.Ordinal);
    }

    /// <summary>Every feature a model may weigh, in a fixed order.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } = [.. Readers.Keys];

    /// <summary>
    /// The model in use, fitted by <c>bench decline</c> (l2 <see cref="FittedL2"/>, in-scope weight
    /// <see cref="FittedInScopeWeight"/>) on every question set but the <c>fresh/</c>, <c>unseen/</c> and <c>hard/</c> ones. In words: the
    /// more of the question's weight the best section holds (its unknown words counting against it), the more its
    /// heading holds, and the more of its words the section holds close together as in the question, the likelier an
    /// answer. Questions whose words are mostly rare ones of the guide lean to a decline unless a section
    /// holds them; a clear lead of the first hit and first hits from one article lean to an answer.
    /// </summary>
    public static DeclineModel Fitted { get; } = new(0.264, new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [nameof(DeclineEvidence.CoverageOfAll)] = -4.103,
        [nameof(DeclineEvidence.MeaningfulShare)] = 3.46,
        [nameof(DeclineEvidence.HeadingCoverageOfAll)] = -2.778,
        [nameof(DeclineEvidence.Together)] = -2.57,
        [nameof(DeclineEvidence.KnownWords)] = -1.929,
        [nameof(DeclineEvidence.SameArticle)] = -0.677,
        [nameof(DeclineEvidence.Margin)] = -0.667,
    });

    /// <summary>The log-odds of declining before any evidence.</summary>
    public double Bias { get; }

    /// <summary>Weights by feature name.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; }

    /// <summary>The evidence as a feature vector, in the order of <see cref="FeatureNames"/>.</summary>
    public static double[] Features(DeclineEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return [.. Readers.Values.Select(read => read(evidence))];
    }

    /// <summary>The log-odds that the guide does not cover the question; above zero means decline.</summary>
    public double Score(DeclineEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return Bias + Weights.Sum(w => w.Value * Readers[w.Key](evidence));
    }
}
