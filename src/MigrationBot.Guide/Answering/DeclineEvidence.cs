using MigrationBot.Guide.Search;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// What a search says about whether the guide covers a question, as shares and flags that mean the same on any
/// guide (never raw BM25 scores, which are not comparable across guides). All values are between 0 and 1.
/// </summary>
/// <param name="Route">What ranked the first result.</param>
/// <param name="UnknownShare">Share of the question's content words the guide never uses (words of chat set aside;
/// a shortened or inflected form of a guide word counts half).</param>
/// <param name="UnknownWeightShare">Share of the meaningful words' weight (rarity) held by words the guide never uses
/// (words of chat set aside; a shortened or inflected form of a guide word weighs half).</param>
/// <param name="Coverage">Share of the known meaningful weight the first hit's section holds.</param>
/// <param name="BestCoverage">The largest such share among the first hits.</param>
/// <param name="HeadingCoverage">Share the first hit's heading (or article title) holds.</param>
/// <param name="BestHeadingCoverage">The largest such share among the first hits.</param>
/// <param name="ArticleCoverage">Share the first hit's article holds.</param>
/// <param name="RarestMatched">1 when the first hit holds the question's rarest known word.</param>
/// <param name="RarestIsTopic">1 when the question's rarest known word is one some heading of the guide uses.</param>
/// <param name="RarestRarity">How rare that word is in the guide: its weight over the weight of a word found in one section.</param>
/// <param name="Together">Share of the question's neighbouring known words (everyday words of the guide included)
/// the first hit holds close together (0 without pairs).</param>
/// <param name="HasPairs">1 when the question has at least two known meaningful words.</param>
/// <param name="SameArticle">Share of the first hits in the first hit's article.</param>
/// <param name="Margin">How far the first hit's score is ahead of the second's, relative to the first.</param>
/// <param name="TopicShare">Share of the known meaningful weight held by words some heading uses.</param>
/// <param name="MeaningfulShare">Share of the content words (words of chat set aside) that are not everyday words of this guide.</param>
/// <param name="RepairedShare">Share of the content words that were misspelt and repaired.</param>
/// <param name="KnownWords">Known meaningful words, as a share of <see cref="DeclineEvidence.ManyWords"/> (capped at 1).</param>
public sealed record DeclineEvidence(
    AnswerRoute Route,
    double UnknownShare,
    double UnknownWeightShare,
    double Coverage,
    double BestCoverage,
    double HeadingCoverage,
    double BestHeadingCoverage,
    double ArticleCoverage,
    double RarestMatched,
    double RarestIsTopic,
    double RarestRarity,
    double Together,
    double HasPairs,
    double SameArticle,
    double Margin,
    double TopicShare,
    double MeaningfulShare,
    double RepairedShare,
    double KnownWords)
{
    /// <summary>True when the question names a service of the guide's mapping tables.</summary>
    public bool NamesMappedService { get; init; }

    /// <summary>True when the question names a cloud platform the guide does not move workloads from.</summary>
    public bool NamesOtherPlatform { get; init; }

    /// <summary>True when the question asks how to move workloads out of Azure or into another cloud, which no guide to Azure covers.</summary>
    public bool AwayFromAzure { get; init; }

    /// <summary>The question's meaningful words the guide knows.</summary>
    public IReadOnlyList<string> KnownTerms { get; init; } = [];

    /// <summary>The question's meaningful words the guide never uses, words of chat set aside.</summary>
    public IReadOnlyList<string> UnknownTerms { get; init; } = [];

    /// <summary>
    /// The cosine similarity of the question to the nearest section by meaning, when the semantic leg was consulted;
    /// like the shares, it means the same on any guide. Null when it was not.
    /// </summary>
    public double? Similarity { get; init; }

    /// <summary>True when the question is about a person's own certification exam or personal account.</summary>
    public bool AboutPersonalMatter { get; init; }

    /// <summary>The question's words that name a topic the guide says it does not cover.</summary>
    public IReadOnlyList<string> ExcludedTopics { get; init; } = [];

    /// <summary>True when the search found no section at all.</summary>
    public bool NoHits { get; init; }

    /// <summary>True when every searched word is an everyday word (of any question, or of this guide): the question is about the guide as a whole.</summary>
    public bool OnlyEverydayWords { get; init; }

    /// <summary>Share of all the meaningful weight, unknown words included, that the first hit's section holds.</summary>
    public double CoverageOfAll => Coverage * (1 - UnknownWeightShare);

    /// <summary>Share of all the meaningful weight, unknown words included, that the best heading among the first hits holds.</summary>
    public double HeadingCoverageOfAll => BestHeadingCoverage * (1 - UnknownWeightShare);

    /// <summary>From this many known meaningful words on, <see cref="KnownWords"/> is 1.</summary>
    public const int ManyWords = 5;

    /// <summary>The evidence of a search, looking at its first <paramref name="hitsConsidered"/> hits.</summary>
    /// <param name="search">The search for the question.</param>
    /// <param name="route">What ranked the first result.</param>
    /// <param name="hitsConsidered">How many of the first hits to look at.</param>
    /// <param name="chatTerms">Analyzed words of chat that name no topic: never counted as unknown.</param>
    public static DeclineEvidence From(SearchResult search, AnswerRoute route, int hitsConsidered, IReadOnlySet<string> chatTerms)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(chatTerms);
        var hits = search.Hits.Take(Math.Max(1, hitsConsidered)).ToList();
        var first = hits.FirstOrDefault();
        var known = search.MeaningfulTerms.Except(search.UnknownTerms, StringComparer.Ordinal).ToList();
        double Weight(string term) => search.Weights.GetValueOrDefault(term);
        // An unknown word of chat is no evidence either way; an unknown variant of a guide word ("prereq") is half one.
        var unknown = search.UnknownTerms.Where(term => !chatTerms.Contains(term)).ToList();
        double UnknownWeight(string term) => search.Variants.Contains(term) ? 0.5 * Weight(term) : Weight(term);
        var meaningfulWeight = known.Sum(Weight) + unknown.Sum(UnknownWeight);
        var knownWeight = known.Sum(Weight);
        var rarest = known.OrderByDescending(Weight).FirstOrDefault();
        var maxWeight = Math.Log(1 + ((search.SectionCount - 0.5) / 1.5));
        var content = Math.Max(1, search.ContentTermCount - (search.UnknownTerms.Count - unknown.Count));
        return new DeclineEvidence(
            route,
            UnknownShare: Math.Min(1, (unknown.Count - (0.5 * unknown.Count(search.Variants.Contains))) / content),
            UnknownWeightShare: meaningfulWeight == 0 ? 0 : unknown.Sum(UnknownWeight) / meaningfulWeight,
            Coverage: first?.Coverage ?? 0,
            BestCoverage: hits.Count == 0 ? 0 : hits.Max(h => h.Coverage),
            HeadingCoverage: first?.HeadingCoverage ?? 0,
            BestHeadingCoverage: hits.Count == 0 ? 0 : hits.Max(h => h.HeadingCoverage),
            ArticleCoverage: first?.ArticleCoverage ?? 0,
            RarestMatched: rarest is not null && first is not null && first.MatchedTerms.Contains(rarest) ? 1 : 0,
            RarestIsTopic: rarest is not null && search.TopicTerms.Contains(rarest) ? 1 : 0,
            RarestRarity: rarest is null || maxWeight <= 0 ? 0 : Math.Clamp(Weight(rarest) / maxWeight, 0, 1),
            Together: first is null ? 0 : Math.Max(0, first.PairsTogether),
            HasPairs: known.Count >= 2 ? 1 : 0,
            SameArticle: first is null ? 0 : (double)hits.Count(h => h.ArticlePath == first.ArticlePath) / hits.Count,
            Margin: hits.Count < 2 || hits[0].Score <= 0 ? 1 : Math.Clamp((hits[0].Score - hits[1].Score) / hits[0].Score, 0, 1),
            TopicShare: knownWeight == 0 ? 0 : search.TopicTerms.Sum(Weight) / knownWeight,
            MeaningfulShare: Math.Min(1, (double)(known.Count + unknown.Count) / content),
            RepairedShare: Math.Min(1, (double)search.Repaired.Count / content),
            KnownWords: Math.Min(1, (double)known.Count / ManyWords))
        {
            KnownTerms = known,
            UnknownTerms = unknown,
            NoHits = search.Hits.Count == 0,
            OnlyEverydayWords = search.Terms.Count > 0 && search.MeaningfulTerms.Count == 0,
        };
    }
}
