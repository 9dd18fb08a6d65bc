using Lucene.Net.Index;
using Lucene.Net.Search;

namespace MigrationBot.Guide.Search;

/// <summary>
/// The terms of a built index, per section and per article, with their document frequencies: the evidence for
/// coverage, for telling a guide's everyday words from its topics, and for repairing misspelt question words.
/// </summary>
internal sealed class IndexVocabulary
{
    /// <summary>Terms found in at least this share of the sections say nothing about a question's topic.</summary>
    private const double EverydayShare = 0.22;

    /// <summary>Below this many sections the share rule is not applied: too few to tell.</summary>
    private const int MinSectionsForShareRule = 12;

    /// <summary>The shortest stem a word's variant is recognized by.</summary>
    private const int MinVariantStem = 4;

    private readonly HashSet<string>[] _docTerms;
    private readonly HashSet<string>[] _headingTerms;
    private readonly Dictionary<string, HashSet<string>> _articleTerms;
    private readonly HashSet<string> _anyHeadingTerms;
    private readonly Dictionary<string, int> _documentFrequency;
    private readonly HashSet<string> _everyday;
    private readonly Dictionary<int, List<string>> _termsByLength;
    private readonly IReadOnlyDictionary<string, int> _plainFrequency;
    private readonly string[] _sortedTerms;

    /// <param name="plainFrequency">Document frequencies of the sections' own words, before synonyms add any: what
    /// makes a word everyday is how often the guide writes it, not how often a synonym stands in for it.</param>
    public IndexVocabulary(IndexReader reader, IReadOnlyList<string> fields, IReadOnlyList<string> headingFields, string titleField, string[] articleByDoc, IEnumerable<string> everydayWords, IReadOnlyDictionary<string, int> plainFrequency)
    {
        _docTerms = new HashSet<string>[reader.MaxDoc];
        for (var doc = 0; doc < _docTerms.Length; doc++)
        {
            _docTerms[doc] = new HashSet<string>(StringComparer.Ordinal);
        }

        _headingTerms = new HashSet<string>[reader.MaxDoc];
        for (var doc = 0; doc < _headingTerms.Length; doc++)
        {
            _headingTerms[doc] = new HashSet<string>(StringComparer.Ordinal);
        }

        var titleTerms = new List<string>[reader.MaxDoc];
        for (var doc = 0; doc < titleTerms.Length; doc++)
        {
            titleTerms[doc] = [];
        }

        foreach (var field in fields)
        {
            var title = string.Equals(field, titleField, StringComparison.Ordinal);
            var target = headingFields.Contains(field, StringComparer.Ordinal) ? _headingTerms : null;
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }

            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                var text = termsEnum.Term.Utf8ToString();
                docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    _docTerms[docs.DocID].Add(text);
                    target?[docs.DocID].Add(text);
                    if (title)
                    {
                        titleTerms[docs.DocID].Add(text);
                    }
                }
            }
        }

        _anyHeadingTerms = _headingTerms.SelectMany(terms => terms).ToHashSet(StringComparer.Ordinal);

        // An introduction has no heading of its own: its article's title is its heading.
        for (var doc = 0; doc < _headingTerms.Length; doc++)
        {
            if (_headingTerms[doc].Count == 0)
            {
                _headingTerms[doc].UnionWith(titleTerms[doc]);
            }
        }

        _documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        _articleTerms = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        for (var doc = 0; doc < _docTerms.Length; doc++)
        {
            if (!_articleTerms.TryGetValue(articleByDoc[doc], out var articleSet))
            {
                articleSet = new HashSet<string>(StringComparer.Ordinal);
                _articleTerms[articleByDoc[doc]] = articleSet;
            }

            foreach (var term in _docTerms[doc])
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
                articleSet.Add(term);
            }
        }

        SectionCount = _docTerms.Length;
        _plainFrequency = plainFrequency;
        _everyday = new HashSet<string>(everydayWords, StringComparer.Ordinal);
        if (SectionCount >= MinSectionsForShareRule)
        {
            foreach (var (term, df) in plainFrequency)
            {
                if (df >= EverydayShare * SectionCount)
                {
                    _everyday.Add(term);
                }
            }
        }

        _sortedTerms = _documentFrequency.Keys.Where(term => term.All(char.IsLetter)).Order(StringComparer.Ordinal).ToArray();
        _termsByLength = _documentFrequency.Keys
            .Where(term => term.Length >= 3 && term.All(char.IsLetter))
            .GroupBy(term => term.Length)
            .ToDictionary(group => group.Key, group => group.ToList());
    }

    public int SectionCount { get; }

    /// <summary>From this length on, a typo may be two edits away.</summary>
    private const int LongTypoLength = 8;

    /// <summary>Below this length, one changed letter is not taken for a typo.</summary>
    private const int ShortTypoLength = 7;

    private static bool IsSubstitution(string a, string b) =>
        a.Length == b.Length && a.Zip(b).Count(pair => pair.First != pair.Second) == 1;

    public int DocumentFrequency(string term) => _documentFrequency.GetValueOrDefault(term);

    /// <summary>True for terms too common in this guide (or in any question) to say what a question is about.</summary>
    public bool IsEveryday(string term) => _everyday.Contains(term);

    /// <summary>
    /// How much a term says about a question's topic: BM25's inverse document frequency over the sections' own
    /// words (a word that reaches sections only through synonyms counts as rare; an unknown word weighs most).
    /// </summary>
    public double Weight(string term)
    {
        var df = _plainFrequency.GetValueOrDefault(term);
        if (df == 0 && DocumentFrequency(term) > 0)
        {
            df = 1;
        }

        return Math.Log(1 + ((SectionCount - df + 0.5) / (df + 0.5)));
    }

    public bool DocumentHas(int doc, string term) => _docTerms[doc].Contains(term);

    /// <summary>True when the section's heading holds the term (for an introduction: its article's title).</summary>
    public bool HeadingHas(int doc, string term) => _headingTerms[doc].Contains(term);

    /// <summary>True when some section heading of the guide holds the term: the guide treats it as a topic, not only as prose.</summary>
    public bool AnyHeadingHas(string term) => _anyHeadingTerms.Contains(term);

    public bool ArticleHas(string articlePath, string term) =>
        _articleTerms.TryGetValue(articlePath, out var terms) && terms.Contains(term);

    /// <summary>
    /// True when an unknown term looks like a shortened or inflected form of one of the guide's terms: it begins a
    /// guide term at least twice its length ("prereq", "agentle"), or a guide term of at least
    /// <see cref="MinVariantStem"/> letters begins it and makes up most of it ("grouping").
    /// </summary>
    public bool IsVariant(string term)
    {
        if (term.Length < MinVariantStem || !term.All(char.IsLetter))
        {
            return false;
        }

        var index = Array.BinarySearch(_sortedTerms, term, StringComparer.Ordinal);
        for (var i = index < 0 ? ~index : index; i < _sortedTerms.Length && _sortedTerms[i].StartsWith(term, StringComparison.Ordinal); i++)
        {
            if (_sortedTerms[i].Length > term.Length && 2 * term.Length >= _sortedTerms[i].Length)
            {
                return true;
            }
        }

        for (var length = term.Length - 1; length >= MinVariantStem && 5 * length >= 3 * term.Length; length--)
        {
            if (_documentFrequency.ContainsKey(term[..length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The guide's term closest in spelling to an unknown one, or null when none is close enough: one edit (a swap, a
    /// missing or extra letter) for most words, two for long ones. In short words one changed letter is more often
    /// another word ("white", "write") than a typo, so it is not repaired.
    /// </summary>
    public string? Repair(string term)
    {
        if (term.Length < 5 || !term.All(char.IsLetter))
        {
            return null;
        }

        var allowed = term.Length >= LongTypoLength ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        for (var length = term.Length - allowed; length <= term.Length + allowed; length++)
        {
            if (!_termsByLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (candidate[0] != term[0])
                {
                    continue;
                }

                var distance = EditDistance.Compute(term, candidate, allowed);
                if (distance == 1 && term.Length < ShortTypoLength && IsSubstitution(term, candidate))
                {
                    continue;
                }

                var frequency = _documentFrequency[candidate];
                if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency)))
                {
                    best = candidate;
                    bestDistance = distance;
                    bestFrequency = frequency;
                }
            }
        }

        return best;
    }
}
