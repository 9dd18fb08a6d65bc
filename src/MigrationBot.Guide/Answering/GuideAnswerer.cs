using MigrationBot.Guide.Embeddings;
using MigrationBot.Guide.Search;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// Answers questions from one loaded guide: the best section, its summary, the mapping rows of the services named,
/// the next step and related sections, or an honest decline. Immutable and safe to use from many threads.
/// </summary>
public sealed class GuideAnswerer : IDisposable
{
    /// <summary>The most results an answer lists.</summary>
    public const int MaxTop = 50;

    private const int MaxRelated = 3;
    private const int MaxClosest = 3;
    private const int ExtraHits = 12;
    private const int MaxQuestionEcho = 2000;

    private readonly GuideIndex _index;
    private readonly MappingMatcher _mappings;
    private readonly SummaryExtractor _summaries;
    private readonly DeclinePolicy _declinePolicy;
    private readonly MappingRanker _mappingRanker;
    private readonly SourcePlatforms _platforms;
    private readonly DefinitionFinder _definitions;
    private readonly CounterpartTables _counterparts;
    private readonly HashSet<string> _chatTerms;
    private readonly ScopeExclusions _exclusions;
    private SectionEmbeddings? _embeddings;
    private readonly SemanticFusion _fusion;
    private int _consultations;

    /// <param name="guide">The guide to answer from.</param>
    /// <param name="declinePolicy">The lexical decline rules; null for the defaults.</param>
    /// <param name="semantic">A sentence-embedding model for a semantic leg beside the lexical index; null for none.</param>
    /// <param name="fusion">How the semantic leg joins the lexical one; null for the defaults.</param>
    public GuideAnswerer(MigrationGuide guide, DeclinePolicy? declinePolicy = null, SemanticModel? semantic = null, SemanticFusion? fusion = null)
    {
        ArgumentNullException.ThrowIfNull(guide);
        Guide = guide;
        _index = GuideIndex.Build(guide);
        _mappings = new MappingMatcher(guide.Mappings);
        _summaries = new SummaryExtractor(_index.Analyze);
        _declinePolicy = declinePolicy ?? new DeclinePolicy();
        _mappingRanker = new MappingRanker(guide, _index.Analyze);
        _platforms = new SourcePlatforms(guide);
        _definitions = new DefinitionFinder(guide);
        _counterparts = new CounterpartTables(guide, _index.Analyze);
        _chatTerms = ChatWords.All.SelectMany(_index.Analyze).ToHashSet(StringComparer.Ordinal);
        _exclusions = new ScopeExclusions(guide, _index.Analyze);
        _embeddings = semantic?.Embed(guide);
        _fusion = fusion ?? new SemanticFusion();
    }

    /// <summary>The guide the answers come from.</summary>
    public MigrationGuide Guide { get; }

    /// <summary>Answers a question. Never throws on any text; very long questions are cut to their first terms.</summary>
    public Answer Ask(string question, int top = 5)
    {
        ArgumentNullException.ThrowIfNull(question);
        top = Math.Clamp(top, 1, MaxTop);
        var asked = Clip(question);

        var search = _index.Search(asked, top + ExtraHits);
        var mappings = _mappings.Match(asked);
        var ranked = Rank(asked, search, mappings, semantic: null);
        var evidence = Examine(asked, search, ranked.Route, mappings);
        if (Volatile.Read(ref _embeddings) is { } embeddings && _fusion.Consults(evidence, _declinePolicy))
        {
            Interlocked.Increment(ref _consultations);
            var semantic = embeddings.Search(_index.Respell(asked), _fusion.Depth);
            ranked = Rank(asked, search, mappings, semantic);
            evidence = evidence with { Similarity = semantic.Best };
        }

        var hits = ranked.Hits;
        if (hits.Count == 0 || _declinePolicy.ShouldDecline(evidence))
        {
            return new Answer(asked, Declined: true, Best: null, [], [], NextStep: null, [], Closest(hits), []);
        }

        var best = hits[0];
        var weights = TermWeights(search);
        return new Answer(
            asked,
            Declined: false,
            best,
            _summaries.Summarize(best.Section, weights),
            mappings,
            best.Article.NextStep,
            Related: hits.Skip(1).Where(h => h.Article.Path != best.Article.Path).DistinctBy(h => h.Article.Path).Take(MaxRelated).ToList(),
            Closest: [],
            Results: hits.Take(top).ToList());
    }

    /// <summary>
    /// The evidence the decline decision weighs for a question (for benchmarks and explanations), with the nearest
    /// section's similarity whenever the semantic leg is loaded, consulted or not.
    /// </summary>
    public DeclineEvidence Examine(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var asked = Clip(question);
        var search = _index.Search(asked, _declinePolicy.HitsConsidered + ExtraHits);
        var mappings = _mappings.Match(asked);
        var evidence = Examine(asked, search, Rank(asked, search, mappings, semantic: null).Route, mappings);
        return Volatile.Read(ref _embeddings) is { } embeddings
            ? evidence with { Similarity = embeddings.Search(_index.Respell(asked), depth: 1).Best }
            : evidence;
    }

    /// <summary>
    /// Adds the semantic leg to this answerer once its model is loaded, keeping the lexical index already built:
    /// questions already running finish without it, later ones consult it.
    /// </summary>
    internal void UseSemantic(SemanticModel semantic)
    {
        ArgumentNullException.ThrowIfNull(semantic);
        Volatile.Write(ref _embeddings, semantic.Embed(Guide));
    }

    /// <summary>How many questions the semantic leg has been consulted on (for benchmarks).</summary>
    public int SemanticConsultations => Volatile.Read(ref _consultations);

    /// <summary>The section with an id (<c>path.md#anchor</c>, or <c>path.md</c> for an introduction), for card buttons.</summary>
    public AnswerSection? FindSection(string sectionId)
    {
        ArgumentNullException.ThrowIfNull(sectionId);
        var section = Guide.FindSection(sectionId.Trim());
        var article = section is null ? null : Guide.FindArticle(section.ArticlePath);
        return section is null || article is null ? null : new AnswerSection(article, section, 0);
    }

    /// <summary>
    /// The answer for a section chosen by a button rather than found by a search (a related section, the next step):
    /// its summary weighted by <paramref name="question"/> when given (else its leading sentences), the mapping rows
    /// it holds, its next step. Null when the guide has no such section.
    /// </summary>
    public Answer? Show(string sectionId, string? question = null)
    {
        if (FindSection(sectionId) is not { } shown)
        {
            return null;
        }

        var weights = (question is null ? [] : _index.Analyze(question)).Distinct().ToDictionary(term => term, _ => 1.0, StringComparer.Ordinal);
        return new Answer(
            question ?? shown.Section.Heading ?? shown.Article.Title,
            Declined: false,
            shown,
            _summaries.Summarize(shown.Section, weights),
            Guide.Mappings.Where(m => m.SectionId == shown.Section.Id).ToList(),
            shown.Article.NextStep,
            Related: [],
            Closest: [],
            Results: [shown]);
    }

    /// <summary>A journey step by number or name: "2", "step 2", "prepare", "step prepare".</summary>
    public JourneyStep? FindStep(string nameOrNumber)
    {
        ArgumentNullException.ThrowIfNull(nameOrNumber);
        return StepFinder.Find(Guide.Journey, nameOrNumber);
    }

    public void Dispose() => _index.Dispose();

    private DeclineEvidence Examine(string asked, SearchResult search, AnswerRoute route, IReadOnlyList<ServiceMapping> mappings) =>
        DeclineEvidence.From(search, route, _declinePolicy.HitsConsidered, _chatTerms) with
        {
            NamesMappedService = mappings.Count > 0,
            NamesOtherPlatform = _platforms.NamesOtherPlatform(asked),
            AwayFromAzure = MigrationDirection.AwayFromAzure(asked),
            AboutPersonalMatter = PersonalMatters.Asked(asked),
            ExcludedTopics = _exclusions.Named(search),
        };

    /// <summary>The hits in answer order, and what put the first one first.</summary>
    private RankedHits Rank(string asked, SearchResult search, IReadOnlyList<ServiceMapping> mappings, SemanticMatches? semantic)
    {
        var hits = search.Hits.Select(ToSection).OfType<AnswerSection>().ToList();
        if (semantic is not null)
        {
            hits = _fusion.Rank(hits, semantic, FindSection);
        }

        var step = StepReference.Find(Guide.Journey, asked, out var bare);
        if (_definitions.Find(asked) is { } definitionId && FindSection(definitionId) is { } definition)
        {
            var first = definition with { Score = hits.Count > 0 ? Math.Max(hits[0].Score, definition.Score) : 0 };
            return new RankedHits([first, .. hits.Where(h => h.Section.Id != definitionId)], AnswerRoute.Definition);
        }

        if (step is not null && Guide.FindArticle(step.ArticlePath) is { Sections.Count: > 0 } stepArticle)
        {
            return new RankedHits(PutStepFirst(hits, stepArticle, bare), AnswerRoute.Step);
        }

        if (mappings.Count > 0 && _mappingRanker.Rank(hits, search, mappings, asked) is { } ranked)
        {
            return new RankedHits(ranked, AnswerRoute.Mapping);
        }

        if (mappings.Count == 0 && _counterparts.Rank(hits, search, asked) is { } tabled)
        {
            return new RankedHits(tabled, AnswerRoute.Counterpart);
        }

        return new RankedHits(hits, AnswerRoute.Search);
    }

    private AnswerSection? ToSection(SearchHit hit)
    {
        var section = Guide.FindSection(hit.SectionId);
        var article = Guide.FindArticle(hit.ArticlePath);
        return section is null || article is null ? null : new AnswerSection(article, section, hit.Score);
    }

    /// <summary>When declining: the nearest sections from different articles, else the journey's first articles.</summary>
    private List<AnswerSection> Closest(List<AnswerSection> hits)
    {
        var closest = hits.DistinctBy(h => h.Article.Path).Take(MaxClosest).ToList();
        if (closest.Count > 0)
        {
            return closest;
        }

        return Guide.Journey
            .Select(step => Guide.FindArticle(step.ArticlePath))
            .OfType<GuideArticle>()
            .Where(article => article.Sections.Count > 0)
            .Take(MaxClosest)
            .Select(article => new AnswerSection(article, article.Sections[0], 0))
            .ToList();
    }

    /// <summary>
    /// Ranks the step's article first: its best-matching section, or its introduction when the question only
    /// names the step or nothing in the article matches.
    /// </summary>
    private static List<AnswerSection> PutStepFirst(List<AnswerSection> hits, GuideArticle stepArticle, bool bare)
    {
        var first = bare ? null : hits.FirstOrDefault(h => h.Article.Path == stepArticle.Path);
        first ??= hits.FirstOrDefault(h => h.Section.Id == stepArticle.Sections[0].Id)
            ?? new AnswerSection(stepArticle, stepArticle.Sections[0], hits.Count > 0 ? hits[0].Score : 0);
        first = first with { Score = Math.Max(first.Score, hits.Count > 0 ? hits[0].Score : 0) };
        return [first, .. hits.Where(h => h.Section.Id != first.Section.Id)];
    }

    private sealed record RankedHits(List<AnswerSection> Hits, AnswerRoute Route);

    /// <summary>The question as answered: trimmed, and cut to <see cref="MaxQuestionEcho"/> characters.</summary>
    private static string Clip(string question)
    {
        var asked = question.Trim();
        return asked.Length > MaxQuestionEcho ? asked[..MaxQuestionEcho] : asked;
    }

    private static Dictionary<string, double> TermWeights(SearchResult search)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in search.Terms)
        {
            weights[term] = search.MeaningfulTerms.Contains(term) ? 1.0 : 0.25;
        }

        return weights;
    }
}
