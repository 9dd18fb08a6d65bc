using MigrationBot.Guide;
using MigrationBot.Guide.Answering;

namespace MigrationBot.Hosting;

/// <summary>
/// The guide the host serves: set once it is loaded (before the server listens), answerable once it is indexed.
/// </summary>
public sealed class GuideState
{
    private volatile MigrationGuide? _guide;
    private volatile AnswerEngine? _engine;

    /// <summary>The loaded guide, or null before start-up loaded it.</summary>
    public MigrationGuide? Guide => _guide;

    /// <summary>The answer engine, or null while the index is being built.</summary>
    public AnswerEngine? Engine => _engine;

    /// <summary>The answer engine; throws when asked before the index is ready.</summary>
    public AnswerEngine RequireEngine() =>
        _engine ?? throw new InvalidOperationException("The guide is still being indexed.");

    /// <summary>Whether the semantic leg is off, loading, in use or failed to start.</summary>
    public SemanticStatus SemanticStatus { get; internal set; } = SemanticStatus.Off;

    internal void SetLoaded(MigrationGuide guide) => _guide = guide;

    internal void SetIndexed(AnswerEngine engine)
    {
        _engine = engine;
        _guide = engine.Guide;
    }
}
