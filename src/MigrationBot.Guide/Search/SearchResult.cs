namespace MigrationBot.Guide.Search;

/// <summary>What a search found for a question.</summary>
/// <param name="Terms">The question's terms after analysis, trimming and spelling repair, as searched.</param>
/// <param name="MeaningfulTerms">The terms that say what the question is about: not stop words, not words found in most of the guide.</param>
/// <param name="UnknownTerms">Meaningful terms the guide never uses.</param>
/// <param name="Hits">Sections, best first.</param>
/// <param name="ContentTermCount">The question's terms that could name a topic: all but the words any question uses
/// and noise tokens; words common in this guide count here, as evidence the question is in its domain.</param>
public sealed record SearchResult(
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> MeaningfulTerms,
    IReadOnlyList<string> UnknownTerms,
    IReadOnlyList<SearchHit> Hits,
    int ContentTermCount)
{
    /// <summary>How much each meaningful term says about a topic in this guide (rarity over its sections; an unknown
    /// term weighs most).</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Terms that stand for a misspelt question word (the guide's nearest spelling).</summary>
    public IReadOnlySet<string> Repaired { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Unknown terms that look like a shortened or inflected form of a term the guide uses ("prereq").</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>Known meaningful terms that some heading of the guide uses: the guide treats them as topics.</summary>
    public IReadOnlyList<string> TopicTerms { get; init; } = [];

    /// <summary>Number of sections in the searched guide.</summary>
    public int SectionCount { get; init; }

    /// <summary>A search that found nothing.</summary>
    public static SearchResult Empty { get; } = new([], [], [], [], 0);
}
