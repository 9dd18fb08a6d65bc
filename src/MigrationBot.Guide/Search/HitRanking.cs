namespace MigrationBot.Guide.Search;

/// <summary>
/// The final order of a search's hits: BM25 evidence, lifted by the article's other matching sections, by how
/// closely the section's own heading says what the question asks, toward the step a question names, and, for a
/// question about the guide or one of its pages, toward introductions and the hub.
/// </summary>
internal sealed class HitRanking(GuideRoles roles)
{
    /// <summary>Share of the article's three best scores (beyond the hit's own) added to each of its hits.</summary>
    public const double ArticlePrior = 0.15;

    /// <summary>Share of the best score added per unit of heading similarity (0-1).</summary>
    public const double HeadingWeight = 0.3;

    /// <summary>Scores of introductions are raised by this share when the question names a page, part or guide.</summary>
    public const double IntroductionPrior = 1.0;

    /// <summary>Scores of a step's sections are raised by this share when the question names the step in any form
    /// ("when is the assessment finished" names Assess).</summary>
    public const double NamedStepPrior = 0.8;

    /// <summary>Scores of the hub's sections are raised by this share when the question names a page, part or guide.</summary>
    public const double HubPrior = 0.3;

    public IEnumerable<SearchHit> Rank(IReadOnlyList<SearchHit> hits, IReadOnlyList<double> headingSimilarity, QuestionCues cues)
    {
        var steps = roles.StepsNamedBy(cues.Words);
        var best = hits.Count == 0 ? 0 : hits.Max(h => h.Score);
        var articleScore = hits
            .GroupBy(h => h.ArticlePath, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(h => h.Score).OrderDescending().Take(3).Sum(), StringComparer.OrdinalIgnoreCase);
        return hits
            .Select((h, i) =>
            {
                var evidence = h.Score + (ArticlePrior * (articleScore[h.ArticlePath] - h.Score)) + (best * HeadingWeight * headingSimilarity[i]);
                var prior = 1 + PagePrior(h, cues) + (steps.Contains(h.ArticlePath) ? NamedStepPrior : 0);
                return h with { Score = prior * evidence };
            })
            .OrderByDescending(h => h.Score);
    }

    private double PagePrior(SearchHit hit, QuestionCues cues)
    {
        if (cues.PageWordCount == 0)
        {
            return 0;
        }

        var introduction = roles.IsIntroduction(hit.SectionId) ? IntroductionPrior : 0;
        var hub = roles.IsHub(hit.ArticlePath) ? HubPrior : 0;
        return Math.Max(introduction, hub);
    }
}
