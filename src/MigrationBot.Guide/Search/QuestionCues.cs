using System.Text.RegularExpressions;

namespace MigrationBot.Guide.Search;

/// <summary>
/// What the words of a question say beyond its topic: the journey step it names, or that it asks about the guide
/// itself or one of its pages. Read from the raw words, since most of these are stop words or everyday words to
/// the search.
/// </summary>
internal sealed partial class QuestionCues
{
    /// <summary>Words that name the guide or a part of it ("docs" is left out: it mostly means documentation elsewhere).</summary>
    private static readonly HashSet<string> PageWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "guide", "guides", "page", "pages", "article", "articles", "section",
        "sections", "part", "parts", "chapter", "chapters",
    };

    private QuestionCues(IReadOnlyList<string> words)
    {
        Words = words;
        PageWordCount = words.Count(PageWords.Contains);
    }

    /// <summary>The question's words that are not stop words, lower case, in order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>How many of the question's words name the guide or a part of it.</summary>
    public int PageWordCount { get; }

    public static QuestionCues Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new QuestionCues(WordPattern().Matches(question)
            .Select(m => m.Value.ToLowerInvariant())
            .Where(w => !GuideAnalyzers.StopWords.Contains(w))
            .ToList());
    }

    [GeneratedRegex(@"[\p{L}'’]+")]
    private static partial Regex WordPattern();
}
