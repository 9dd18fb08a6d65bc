namespace MigrationBot.Guide.Answering.Quality;

/// <summary>One line of a question set: a question and where the guide answers it.</summary>
/// <param name="Question">The question as a user would type it.</param>
/// <param name="Article">The expected article's path relative to the content folder, or null when the guide does not cover the question.</param>
/// <param name="Section">The expected section's anchor, "" for the introduction, or null when any section of the article will do.</param>
/// <param name="Kind">mapping, step, howto, concept, terse, typo or out-of-scope.</param>
public sealed record BenchQuestion(string Question, string? Article, string? Section, string Kind)
{
    /// <summary>True when the guide should answer the question.</summary>
    public bool InScope => Article is not null;
}
