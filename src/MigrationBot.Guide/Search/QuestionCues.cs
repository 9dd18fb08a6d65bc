using System.Text.RegularExpressions;

namespace MigrationBot.Guide.Search;

/// <summary>
/// What the shape of a question says beyond its topic words: that it asks about the migration process (its phases,
/// order, owners, readiness), or about the guide itself or one of its pages. Read from the raw words, since most
/// of these are stop words or everyday words to the search.
/// </summary>
internal sealed partial class QuestionCues
{
    /// <summary>Words any migration guide uses for the journey rather than for one service.</summary>
    private static readonly HashSet<string> ProcessWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "phase", "phases", "stage", "stages", "step", "steps", "start", "starting", "begin", "beginning", "order",
        "sequence", "wave", "waves", "batch", "batches", "plan", "planning", "roadmap", "timeline", "who", "owner",
        "owners", "own", "owns", "responsible", "done", "finished", "finish", "complete", "completed", "ready",
        "before", "after", "first", "next", "cutover", "kickoff", "prerequisite", "prerequisites", "prereqs",
        "deliverable", "deliverables", "outputs", "pitfalls", "mistakes", "wrong", "journey", "process", "lifecycle",
    };

    /// <summary>Words that name the guide or a part of it.</summary>
    private static readonly HashSet<string> PageWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "guide", "guides", "page", "pages", "article", "articles", "doc", "docs", "documentation", "section",
        "sections", "part", "parts", "chapter", "chapters",
    };

    private QuestionCues(int processWords, int pageWords, int words)
    {
        ProcessWordCount = processWords;
        PageWordCount = pageWords;
        WordCount = words;
    }

    /// <summary>The question's words that are not stop words.</summary>
    public int WordCount { get; }

    /// <summary>The share of the question's words that are about the journey.</summary>
    public double ProcessShare => WordCount == 0 ? 0 : (double)ProcessWordCount / WordCount;

    /// <summary>How many of the question's words are about the journey (phases, order, owners, readiness).</summary>
    public int ProcessWordCount { get; }

    /// <summary>How many of the question's words name the guide or a part of it.</summary>
    public int PageWordCount { get; }

    public static QuestionCues Of(string question)
    {
        var words = WordPattern().Matches(question).Select(m => m.Value).Where(w => !GuideAnalyzers.StopWords.Contains(w)).ToList();
        return new QuestionCues(words.Count(ProcessWords.Contains), words.Count(PageWords.Contains), words.Count);
    }

    [GeneratedRegex(@"[\p{L}'’]+")]
    private static partial Regex WordPattern();
}
