namespace MigrationBot.Guide.Search;

/// <summary>
/// Words that appear in questions to any migration guide and never name its topic ("azure", "migrate",
/// "equivalent", "huge"). They are still searched, with little weight, but are no evidence that a guide covers a question.
/// </summary>
internal static class EverydayWords
{
    /// <summary>The words, before analysis.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "azure", "aws", "amazon", "microsoft", "migrate", "migrating", "migration", "move", "moving", "cloud", "use",
        "using", "need", "want", "best", "way", "get", "set", "work", "help", "know", "guide", "option", "options",
        "thing", "things", "equivalent", "replace", "replaces", "replacement", "counterpart", "service", "services",
        "good", "like", "go", "going", "make", "new", "one", "look", "happen", "happens", "work", "works",
        "define", "definition", "meaning", "mean", "means", "explain", "describe", "show", "list", "give", "find",
        "learn", "understand", "difference", "different", "example", "examples", "step", "steps", "article",
        "articles", "page", "doc", "docs", "documentation", "huge", "big", "large", "small", "quick", "quickly",
        "easy", "easiest", "fast", "simple", "really", "lot", "lots", "many", "much", "exactly", "actually",
        "basically", "currently", "today", "now", "still", "already", "ever", "possible", "properly", "correctly",
        "safely", "right", "proper", "main", "important", "general", "overall", "specific", "typical", "common",
        "usually", "start", "begin", "done", "able", "instead", "alternative", "alternatives", "version", "become",
        "becomes", "match", "matches", "map", "maps", "mapping", "compare", "comparison", "counterpart", "analog",
        "substitute", "phase", "stage", "part", "parts", "section", "sections", "chapter", "chapters", "cover", "covers",
        "covered", "two", "both", "thing", "stuff", "team", "teams", "people", "someone",
    ];
}
