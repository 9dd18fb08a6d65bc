using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace MigrationBot.Guide.Search;

/// <summary>
/// An in-memory Lucene index of one guide, one document per section. Immutable once built and safe to search
/// from many threads; to refresh, build a new one and swap it in.
/// </summary>
public sealed class GuideIndex : IDisposable
{
    /// <summary>Questions longer than this are cut before analysis.</summary>
    public const int MaxQuestionLength = 2000;

    /// <summary>At most this many distinct terms of a question are searched.</summary>
    public const int MaxTerms = 24;

    private const float TieBreaker = 0.25f;
    private const float EverydayWeight = 0.15f;
    private const float LeadBoost = 2f;
    private const int ArticlePriorDepth = 40;
    private const double ProseWeight = 0.25;

    private static readonly string[] HeadingFields = ["heading"];

    private static readonly FieldBoost[] Fields =
    [
        new("title", 2.0f),
        new("heading", 2.5f),
        new("meta", 1.2f),
        new("body", 1.0f),
    ];

    private readonly Analyzer _indexAnalyzer;
    private readonly Analyzer _queryAnalyzer;
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly string[] _sectionByDoc;
    private readonly string[] _articleByDoc;
    private readonly IndexVocabulary _vocabulary;
    private readonly HitRanking _ranking;
    private readonly HeadingSimilarity _headings;
    private readonly HashSet<string> _everydayQuestionTerms;
    private readonly HashSet<int> _navigationDocs = [];
    private readonly SectionProximity _proximity;
    private readonly QuestionReader _questions;

    private GuideIndex(Analyzer indexAnalyzer, Analyzer queryAnalyzer, RAMDirectory directory, Similarity similarity, IReadOnlyDictionary<string, int> plainFrequency, GuideRoles roles, List<string[]> headingWords, SectionProximity proximity)
    {
        _ranking = new HitRanking(roles);
        _proximity = proximity;
        _indexAnalyzer = indexAnalyzer;
        _queryAnalyzer = queryAnalyzer;
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
        _sectionByDoc = new string[_reader.MaxDoc];
        _articleByDoc = new string[_reader.MaxDoc];
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
        {
            var stored = _reader.Document(doc);
            _sectionByDoc[doc] = stored.Get(SectionDocuments.IdField);
            _articleByDoc[doc] = stored.Get("article");
            if (stored.Get(SectionDocuments.NavigationField) is not null)
            {
                _navigationDocs.Add(doc);
            }
        }

        _everydayQuestionTerms = EverydayWords.All.SelectMany(word => GuideAnalyzers.Terms(queryAnalyzer, "body", word)).ToHashSet(StringComparer.Ordinal);
        _vocabulary = new IndexVocabulary(_reader, Fields.Select(f => f.Name).ToArray(), HeadingFields, "title", _articleByDoc, _everydayQuestionTerms, plainFrequency);
        _headings = new HeadingSimilarity(_vocabulary, headingWords);
        _questions = new QuestionReader(queryAnalyzer, _vocabulary);
    }

    /// <summary>Number of indexed sections.</summary>
    public int SectionCount => _sectionByDoc.Length;

    /// <summary>Indexes every section of a guide, with its article's fields, synonyms and protected service names.</summary>
    public static GuideIndex Build(MigrationGuide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var protectedWords = SectionDocuments.ProtectedWords(guide.Mappings);
        var synonyms = GuideSynonyms.Build(guide.Synonyms, guide.Mappings);
        var indexAnalyzer = GuideAnalyzers.CreateIndexAnalyzer(synonyms, protectedWords);
        var queryAnalyzer = GuideAnalyzers.CreateQueryAnalyzer(protectedWords);
        var similarity = new BM25Similarity(1.2f, 0.5f);
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(GuideAnalyzers.Version, indexAnalyzer) { Similarity = similarity };
        var plainFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var headingWords = new List<string[]>();
        var everyday = EverydayWords.All.ToHashSet(StringComparer.Ordinal);
        var proximity = new SectionProximity();
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var article in guide.Articles)
            {
                foreach (var section in article.Sections)
                {
                    var document = SectionDocuments.Of(article, section);
                    writer.AddDocument(document);
                    headingWords.Add([.. GuideAnalyzers.Terms(queryAnalyzer, "body", section.Heading ?? article.Title).Distinct(StringComparer.Ordinal)]);
                    var text = string.Join("\n", Fields.Select(f => document.Get(f.Name)));
                    var plainTerms = GuideAnalyzers.Terms(queryAnalyzer, "body", text);
                    proximity.Add(section.Id, plainTerms);
                    foreach (var term in plainTerms.Distinct(StringComparer.Ordinal))
                    {
                        plainFrequency[term] = plainFrequency.GetValueOrDefault(term) + 1;
                    }
                }
            }

            writer.Commit();
        }

        return new GuideIndex(indexAnalyzer, queryAnalyzer, directory, similarity, plainFrequency, GuideRoles.Of(guide, word => everyday.Contains(word.ToLowerInvariant())), headingWords, proximity);
    }

    /// <summary>
    /// Searches for a question. Any text is accepted: it is cut to <see cref="MaxQuestionLength"/> characters and
    /// <see cref="MaxTerms"/> terms, and never parsed as query syntax.
    /// </summary>
    public SearchResult Search(string question, int count)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var terms = _questions.Read(Clip(question), out var repaired);
        if (terms.Count == 0 || SectionCount == 0)
        {
            return SearchResult.Empty;
        }

        // An unknown token with a digit or of two letters ("~40", "2am", "w/") is noise, not a topic.
        var content = terms
            .Where(term => !_everydayQuestionTerms.Contains(term))
            .Where(term => _vocabulary.DocumentFrequency(term) > 0 || (term.Length > 2 && !term.Any(char.IsDigit)))
            .ToList();
        var meaningful = content.Where(term => !_vocabulary.IsEveryday(term)).ToList();
        var unknown = meaningful.Where(term => _vocabulary.DocumentFrequency(term) == 0).ToList();
        var cues = QuestionCues.Of(Clip(question));
        var query = BuildQuery(terms, meaningful);

        // A question about a page names it by its title, often in words too common in the guide to weigh much
        // elsewhere ("the networking page"): those words find the introductions by their article's title.
        if (cues.PageWordCount > 0)
        {
            foreach (var term in content)
            {
                query.Add(new TermQuery(new Term(SectionDocuments.LeadField, term)) { Boost = LeadBoost }, Occur.SHOULD);
            }
        }

        var top = _searcher.Search(query, Math.Max(count, ArticlePriorDepth));
        var known = meaningful.Except(unknown, StringComparer.Ordinal).ToList();
        var knownContent = content.Where(t => _vocabulary.DocumentFrequency(t) > 0).ToList();
        var totalWeight = known.Sum(_vocabulary.Weight);
        var totalTopicWeight = known.Sum(TopicWeight);

        // A repaired word is a guess: finding it in a section is half the evidence of finding the word as typed.
        double Evidence(string term) => repaired.Contains(term) ? 0.5 * _vocabulary.Weight(term) : _vocabulary.Weight(term);
        double TopicEvidence(string term) => repaired.Contains(term) ? 0.5 * TopicWeight(term) : TopicWeight(term);
        var hits = new List<SearchHit>(top.ScoreDocs.Length);
        var similarity = new List<double>(top.ScoreDocs.Length);
        var asked = _headings.Prepare(knownContent);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var doc = scoreDoc.Doc;
            if (_navigationDocs.Contains(doc))
            {
                continue;
            }

            var article = _articleByDoc[doc];
            var matched = terms.Where(term => _vocabulary.DocumentHas(doc, term)).ToList();

            // Prose words count less only for a section that holds two or more of the question's topic words (words
            // some heading uses): one shared word ("rules", "switch") is not enough to set the rest of the question aside.
            var corroborated = known.Count(t => _vocabulary.DocumentHas(doc, t) && _vocabulary.AnyHeadingHas(t)) >= 2;
            Func<string, double> weigh = corroborated ? TopicEvidence : Evidence;
            var total = corroborated ? totalTopicWeight : totalWeight;
            var coverage = total == 0 ? 1 : known.Where(t => _vocabulary.DocumentHas(doc, t)).Sum(weigh) / total;
            var articleCoverage = total == 0 ? 1 : known.Where(t => _vocabulary.ArticleHas(article, t)).Sum(weigh) / total;
            var headingCoverage = total == 0 ? 0 : known.Where(t => _vocabulary.HeadingHas(doc, t)).Sum(weigh) / total;
            var together = _proximity.ShareTogether(_sectionByDoc[doc], knownContent);
            hits.Add(new SearchHit(_sectionByDoc[doc], article, scoreDoc.Score, coverage, articleCoverage, matched, headingCoverage) { PairsTogether = together });
            similarity.Add(_headings.Of(doc, asked));
        }

        var ranked = _ranking.Rank(hits, similarity, cues).Take(count).ToList();
        var weights = meaningful.Distinct(StringComparer.Ordinal).ToDictionary(term => term, _vocabulary.Weight, StringComparer.Ordinal);
        return new SearchResult(terms, meaningful, unknown, ranked, content.Count)
        {
            Weights = weights,
            Repaired = repaired,
            Variants = unknown.Where(_vocabulary.IsVariant).ToList(),
            TopicTerms = known.Where(_vocabulary.AnyHeadingHas).ToList(),
            SectionCount = SectionCount,
        };
    }

    /// <summary>
    /// A term's weight in coverage: its rarity, lowered for words no heading of the guide uses. Those are the
    /// guide's prose ("during", "lose"), not its topics, and a chatty question full of them is still about its topic words.
    /// </summary>
    private double TopicWeight(string term) =>
        _vocabulary.AnyHeadingHas(term) ? _vocabulary.Weight(term) : ProseWeight * _vocabulary.Weight(term);

    /// <summary>The question with the words the guide never uses replaced by the ones it does (misspellings repaired).</summary>
    public string Respell(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return _questions.Respell(Clip(question));
    }

    /// <summary>The terms the question analyzer makes of a text (for matching sentences of a section to a question).</summary>
    public IReadOnlyList<string> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return GuideAnalyzers.Terms(_queryAnalyzer, "body", Clip(text));
    }

    private static string Clip(string text) => text.Length > MaxQuestionLength ? text[..MaxQuestionLength] : text;

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _indexAnalyzer.Dispose();
        _queryAnalyzer.Dispose();
    }

    private static BooleanQuery BuildQuery(List<string> terms, List<string> meaningful)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            var perField = new DisjunctionMaxQuery(TieBreaker);
            var weight = meaningful.Contains(term, StringComparer.Ordinal) ? 1f : EverydayWeight;
            foreach (var field in Fields)
            {
                perField.Add(new TermQuery(new Term(field.Name, term)) { Boost = field.Boost * weight });
            }

            query.Add(perField, Occur.SHOULD);
        }

        for (var i = 0; i + 1 < meaningful.Count; i++)
        {
            query.Add(Phrase("body", meaningful[i], meaningful[i + 1], slop: 3, boost: 0.8f), Occur.SHOULD);
            query.Add(Phrase("heading", meaningful[i], meaningful[i + 1], slop: 1, boost: 1.2f), Occur.SHOULD);
        }

        return query;
    }

    private static PhraseQuery Phrase(string field, string first, string second, int slop, float boost)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        phrase.Add(new Term(field, first));
        phrase.Add(new Term(field, second));
        return phrase;
    }

    private sealed record FieldBoost(string Name, float Boost);
}
