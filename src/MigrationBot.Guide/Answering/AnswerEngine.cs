using MigrationBot.Guide.Embeddings;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// Holds the answerer of the current guide and swaps in a rebuilt one atomically: a question asked during a swap
/// is answered wholly from the old guide or wholly from the new one.
/// </summary>
/// <remarks>
/// A replaced answerer is not disposed, because questions may still be running on it; its in-memory index is
/// released by the garbage collector once the last of them finishes.
/// </remarks>
public sealed class AnswerEngine
{
    private readonly Lock _swap = new();
    private GuideAnswerer _current;
    private SemanticModel? _semantic;

    public AnswerEngine(MigrationGuide guide, DeclinePolicy? declinePolicy = null)
    {
        ArgumentNullException.ThrowIfNull(guide);
        DeclinePolicy = declinePolicy;
        _current = new GuideAnswerer(guide, declinePolicy);
    }

    /// <summary>The sentence-embedding model every answerer uses from now on, or null for lexical search only.</summary>
    public SemanticModel? Semantic => Volatile.Read(ref _semantic);

    /// <summary>The decline policy every rebuilt answerer uses, or null for the defaults.</summary>
    public DeclinePolicy? DeclinePolicy { get; }

    /// <summary>The answerer of the guide in use now.</summary>
    public GuideAnswerer Current => Volatile.Read(ref _current);

    /// <summary>The guide in use now.</summary>
    public MigrationGuide Guide => Current.Guide;

    /// <summary>Indexes a new guide, then makes it the one every later question is answered from.</summary>
    public void Replace(MigrationGuide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        lock (_swap)
        {
            Volatile.Write(ref _current, new GuideAnswerer(guide, DeclinePolicy, Semantic));
        }
    }

    /// <summary>
    /// Adds the semantic leg once its model is loaded: the guide in use keeps its lexical index and gains the
    /// sections' vectors, and every guide indexed later uses the model too.
    /// </summary>
    public void UseSemantic(SemanticModel semantic)
    {
        ArgumentNullException.ThrowIfNull(semantic);
        lock (_swap)
        {
            Volatile.Write(ref _semantic, semantic);
            Current.UseSemantic(semantic);
        }
    }

    /// <inheritdoc cref="GuideAnswerer.Ask"/>
    public Answer Ask(string question, int top = 5) => Current.Ask(question, top);

    /// <inheritdoc cref="GuideAnswerer.FindSection"/>
    public AnswerSection? FindSection(string sectionId) => Current.FindSection(sectionId);

    /// <inheritdoc cref="GuideAnswerer.Show"/>
    public Answer? Show(string sectionId, string? question = null) => Current.Show(sectionId, question);

    /// <inheritdoc cref="GuideAnswerer.FindStep"/>
    public JourneyStep? FindStep(string nameOrNumber) => Current.FindStep(nameOrNumber);
}
