using System.Diagnostics;

namespace MigrationBot.Guide.Embeddings;

/// <summary>
/// The loaded sentence-embedding model (all-MiniLM-L6-v2), shared by every guide the process indexes. Loading takes
/// about a second and 400 MB; a question takes a few milliseconds on one core.
/// </summary>
public sealed class SemanticModel : IDisposable
{
    private readonly MiniLmModel _model;
    private readonly FullTextEmbedder _embedder;

    private SemanticModel(MiniLmModel model, TimeSpan loadTime)
    {
        _model = model;
        _embedder = new FullTextEmbedder(model, MiniLmModel.CreateTokenizer());
        LoadTime = loadTime;
    }

    /// <summary>How long loading the model took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Loads the model, to run on one thread per question.</summary>
    public static SemanticModel Load()
    {
        var started = Stopwatch.GetTimestamp();
        var model = new MiniLmModel(threads: 1);
        return new SemanticModel(model, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Embeds every section of a guide (sections seen before are not embedded again).</summary>
    internal SectionEmbeddings Embed(MigrationGuide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        return new SectionEmbeddings(SectionEmbeddings.Texts(guide), _embedder);
    }

    public void Dispose() => _model.Dispose();
}
