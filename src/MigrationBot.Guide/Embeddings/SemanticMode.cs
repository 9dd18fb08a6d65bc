namespace MigrationBot.Guide.Embeddings;

/// <summary>Which semantic leg ranks sections beside the lexical index.</summary>
public enum SemanticMode
{
    /// <summary>None: lexical search only.</summary>
    Off,

    /// <summary>Static word-piece vectors distilled from the sentence model: microseconds per question.</summary>
    Static,

    /// <summary>The whole sentence model per question: 5-25 ms per question, for comparison only.</summary>
    Full,
}
