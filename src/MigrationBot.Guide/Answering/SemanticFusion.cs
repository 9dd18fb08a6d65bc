using MigrationBot.Guide.Embeddings;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// Joins the semantic leg to the lexical one, and decides when it is worth its cost. The sentence model takes a few
/// milliseconds per question, several times the rest of an answer, so it is consulted only when the lexical evidence
/// leaves the answer in doubt: when the decline decision is in doubt, or when the first hit is not clearly ahead of the
/// second. Ranking: a weighted sum of the lexical score (as a share of the best one) and the similarity (scaled
/// between the best section's and the <see cref="Depth"/>th's), over the lexical hits and the <see cref="Depth"/>
/// nearest sections. Declining: the best section's similarity settles the clear cases of a doubtful decision (see
/// <see cref="DeclinePolicy"/>).
/// </summary>
public sealed record SemanticFusion
{
    /// <summary>Weight of the semantic leg in the fused score, 0 to 1. Default 0.5.</summary>
    public double Weight { get; init; } = 0.5;

    /// <summary>How many of the nearest sections join the candidates and set the similarity scale. Default 20.</summary>
    public int Depth { get; init; } = 20;

    /// <summary>
    /// The semantic leg is consulted when the first hit's lead over the second (as a share of its score) is below
    /// this. Default 0.3.
    /// </summary>
    public double ClearLead { get; init; } = 0.3;

    /// <summary>
    /// True when the answer is in enough doubt to consult the semantic leg: no plain rule settles the question and
    /// either the decline decision is close or the ranking is. Questions answered by the guide's structure (a
    /// definition, a journey step, a mapped service) and questions a rule declines are left as they are.
    /// </summary>
    public bool Consults(DeclineEvidence evidence, DeclinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(policy);
        return DeclinePolicy.Rule(evidence) switch
        {
            true => false,
            false => evidence.Route == AnswerRoute.Search && evidence.Margin < ClearLead,
            null => policy.InDoubt(evidence) || (evidence.Route == AnswerRoute.Search && evidence.Margin < ClearLead),
        };
    }

    /// <summary>The lexical hits reranked with the nearest sections, which may bring in sections the lexical leg missed.</summary>
    internal List<AnswerSection> Rank(List<AnswerSection> lexical, SemanticMatches matches, Func<string, AnswerSection?> find)
    {
        var nearest = matches.Nearest;
        if (nearest.Count == 0 || Weight <= 0)
        {
            return lexical;
        }

        var maxLexical = lexical.Count == 0 ? 1.0 : Math.Max(lexical.Max(h => h.Score), 1e-9);
        var best = nearest[0].Similarity;
        var floor = nearest[Math.Min(Depth, nearest.Count) - 1].Similarity;
        double Scaled(string id) => best - floor <= 1e-9 ? 1 : Math.Clamp(((matches.Of(id) ?? floor) - floor) / (best - floor), 0, 1);

        var candidates = new Dictionary<string, AnswerSection>(StringComparer.Ordinal);
        foreach (var hit in lexical)
        {
            candidates.TryAdd(hit.Section.Id, hit);
        }

        foreach (var hit in nearest.Take(Depth))
        {
            if (!candidates.ContainsKey(hit.SectionId) && find(hit.SectionId) is { } section)
            {
                candidates[hit.SectionId] = section with { Score = 0 };
            }
        }

        return candidates.Values
            .Select(h => h with { Score = maxLexical * (((1 - Weight) * h.Score / maxLexical) + (Weight * Scaled(h.Section.Id))) })
            .OrderByDescending(h => h.Score)
            .ToList();
    }
}
