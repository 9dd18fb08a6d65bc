namespace MigrationBot.Guide.Answering;

/// <summary>
/// Decides whether the guide covers a question, from <see cref="DeclineEvidence"/> that means the same on any guide.
/// Plain rules settle the clear cases, in this order:
/// <list type="number">
/// <item>A question asking how to leave Azure, or how to move to another cloud, is declined: every guide moves workloads to Azure.</item>
/// <item>A question answered by the guide's own structure (a definition it gives, a journey step it names, a service
/// of its mapping tables) is answered.</item>
/// <item>A question the search found nothing for is declined, and so is one naming a topic the guide says it does not
/// cover (<see cref="ScopeExclusions"/>) or about a person's own exam or account (<see cref="PersonalMatters"/>).</item>
/// <item>A question naming a cloud platform the guide does not move workloads from is declined.</item>
/// <item>A question naming a mapped service, or made only of everyday words (a question about the guide as a whole), is answered.</item>
/// </list>
/// Everything else is weighed by <see cref="Model"/>, a small logistic model over the evidence's shares
/// (<see cref="DeclineModel"/>): what share of the question the guide never uses, how much of it the best sections and
/// their headings hold, whether they hold its words together as the question does.
/// </summary>
public sealed class DeclinePolicy
{
    /// <summary>How many of the top hits the evidence looks at.</summary>
    public int HitsConsidered { get; init; } = 5;

    /// <summary>The model that weighs the evidence no rule settles.</summary>
    public DeclineModel Model { get; init; } = DeclineModel.Fitted;

    /// <summary>
    /// The model's decision is in doubt when its log-odds are within this distance of zero; there, the similarity of
    /// the nearest section by meaning (when the semantic leg was consulted) settles the clear cases. Default 2.
    /// </summary>
    public double DoubtfulScore { get; init; } = 2;

    /// <summary>A doubtful question is declined when no section is at least this similar. Default 0.25.</summary>
    public double DeclineBelowSimilarity { get; init; } = 0.25;

    /// <summary>A doubtful question the model would decline is answered when a section is this similar. Default 0.5.</summary>
    public double AnswerFromSimilarity { get; init; } = 0.5;

    /// <summary>True when the guide does not cover the question.</summary>
    public bool ShouldDecline(DeclineEvidence evidence) => Rule(evidence) ?? Weigh(evidence);

    /// <summary>True when the model's log-odds leave the decline decision in doubt.</summary>
    public bool InDoubt(DeclineEvidence evidence) => Math.Abs(Model.Score(evidence)) < DoubtfulScore;

    private bool Weigh(DeclineEvidence evidence)
    {
        var score = Model.Score(evidence);
        if (evidence.Similarity is not { } similarity || Math.Abs(score) >= DoubtfulScore)
        {
            return score > 0;
        }

        return similarity < DeclineBelowSimilarity || (score > 0 && similarity < AnswerFromSimilarity);
    }

    /// <summary>The decision when a plain rule settles it, else null (the model weighs the evidence).</summary>
    public static bool? Rule(DeclineEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.AwayFromAzure)
        {
            return true;
        }

        if (evidence.Route is AnswerRoute.Definition or AnswerRoute.Step or AnswerRoute.Mapping)
        {
            return false;
        }

        if (evidence.NoHits || evidence.NamesOtherPlatform || evidence.ExcludedTopics.Count > 0 || evidence.AboutPersonalMatter)
        {
            return true;
        }

        if (evidence.NamesMappedService || evidence.OnlyEverydayWords)
        {
            return false;
        }

        return null;
    }
}
