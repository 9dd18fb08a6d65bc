using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace MigrationBot.Guide.Search;

/// <summary>
/// The analysis chains of the guide index. Both lower-case, drop possessives and stop words, keep protected
/// service names as written and stem the rest lightly (KStem). Only the index chain expands synonyms, so a
/// question in either vendor's words meets the other vendor's text without the query-time phrase problems of
/// multi-word synonyms.
/// </summary>
internal static class GuideAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>English stop words plus the words of a question that never carry its topic.</summary>
    public static CharArraySet StopWords { get; } = BuildStopWords();

    /// <summary>Tokenizer, possessives and lower case: the part both chains share, used to parse synonym rules.</summary>
    public static Analyzer CreateSurfaceAnalyzer() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>The chain for indexing: synonyms expanded before stop words are removed.</summary>
    public static Analyzer CreateIndexAnalyzer(SynonymMap? synonyms, CharArraySet protectedWords) =>
        Create(synonyms, protectedWords);

    /// <summary>The chain for questions: the same, without synonyms.</summary>
    public static Analyzer CreateQueryAnalyzer(CharArraySet protectedWords) => Create(null, protectedWords);

    /// <summary>Runs text through an analyzer and returns its terms in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static Analyzer Create(SynonymMap? synonyms, CharArraySet protectedWords) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        if (synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        }

        stream = new StopFilter(Version, stream, StopWords);
        stream = new SetKeywordMarkerFilter(stream, protectedWords);
        stream = new KStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    private static CharArraySet BuildStopWords()
    {
        var words = new CharArraySet(Version, 100, ignoreCase: true);
        foreach (var word in EnglishAnalyzer.DefaultStopSet)
        {
            words.Add(word);
        }

        string[] questionWords =
        [
            "how", "what", "which", "who", "whom", "whose", "why", "when", "where", "do", "does", "did", "doing",
            "i", "me", "my", "we", "our", "us", "you", "your", "can", "could", "should", "would", "shall", "may",
            "might", "must", "have", "has", "had", "am", "been", "being", "please", "tell", "about", "from", "any",
            "some", "here", "so", "its", "it's", "im", "i'm", "also", "just", "than", "too", "very", "s", "t", "vs",
            "versus", "etc", "eg", "ie", "via", "per", "whether", "all", "each", "every", "other", "another", "same",
            "up", "out", "over", "between", "onto", "off", "around", "through", "within", "without", "there's", "what's",
            "how's", "let", "lets", "let's", "ok", "okay", "hi", "hello", "hey", "thanks", "thank",
            "like", "kind", "sort", "bunch", "stuff", "thing", "things", "guys", "folks", "gonna", "wanna", "gotta",
            "basically", "honestly", "actually", "really", "pretty", "quite", "anyone", "anybody", "somebody",
            "someone", "something", "anything", "everything", "wondering", "question", "questions", "quick", "idea",
            "ideas", "we're", "we've", "we'd", "they're", "you're", "don't", "doesn't", "isn't", "aren't", "can't",
            "won't", "yet", "then", "though", "even", "maybe", "probably", "already", "still", "yeah",
        ];
        foreach (var word in questionWords)
        {
            words.Add(word);
        }

        return words;
    }
}
