using System.Diagnostics;
using FastBertTokenizer;

namespace MigrationBot.Guide.Embeddings;

/// <summary>
/// A loaded sentence-embedding model, shared by every guide the process indexes. Loading the static table takes a
/// minute the first time (then it is read from the cache folder in well under a second); the full model takes about
/// 1.5 s and 400 MB.
/// </summary>
public sealed class SemanticModel : IDisposable
{
    private readonly BertTokenizer _tokenizer;
    private readonly TokenEmbeddingTable? _table;
    private readonly MiniLmModel? _model;
    private readonly FullTextEmbedder? _full;

    private SemanticModel(SemanticMode mode, BertTokenizer tokenizer, TokenEmbeddingTable? table, MiniLmModel? model, TimeSpan loadTime)
    {
        Mode = mode;
        _tokenizer = tokenizer;
        _table = table;
        _model = model;
        _full = model is null ? null : new FullTextEmbedder(model, tokenizer);
        LoadTime = loadTime;
    }

    public SemanticMode Mode { get; }

    /// <summary>How long loading (or building) the model took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>
    /// The static word-piece table, read from <paramref name="cacheFolder"/> or built there (about a minute on one
    /// core, using <paramref name="threads"/> threads) when missing or made by another model version.
    /// </summary>
    public static SemanticModel LoadStatic(string cacheFolder, int threads, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cacheFolder);
        var started = Stopwatch.GetTimestamp();
        var table = TokenEmbeddingTable.LoadOrBuild(cacheFolder, threads, cancellationToken);
        return new SemanticModel(SemanticMode.Static, MiniLmModel.CreateTokenizer(), table, null, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>The whole sentence model, run on one thread per question.</summary>
    public static SemanticModel LoadFull()
    {
        var started = Stopwatch.GetTimestamp();
        var model = new MiniLmModel(threads: 1);
        return new SemanticModel(SemanticMode.Full, MiniLmModel.CreateTokenizer(), null, model, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Embeds every section of a guide.</summary>
    internal SectionEmbeddings Embed(MigrationGuide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var sections = SectionEmbeddings.Texts(guide);
        ITextEmbedder embedder = _full is not null
            ? _full
            : new StaticTextEmbedder(_tokenizer, _table!, sections.Select(s => s.Text).ToList());
        return new SectionEmbeddings(sections, embedder);
    }

    public void Dispose() => _model?.Dispose();
}
