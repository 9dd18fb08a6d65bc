using Microsoft.Extensions.Options;
using MigrationBot.Guide;
using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Embeddings;
using MigrationBot.Guide.Parsing;

namespace MigrationBot.Hosting;

/// <summary>
/// Loads the guide before the server listens (a guide with no article stops the start with a clear error, per-article
/// problems are logged), then builds the search index in the background; <c>/healthz</c> answers 200 once it is ready.
/// </summary>
public sealed partial class GuideStartup(
    IOptions<GuideOptions> options, GuideState state, Func<SemanticModel> loadSemanticModel, ILogger<GuideStartup> logger) : IHostedService
{
    private Task? _indexing;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var root = settings.ResolveContentPath();
        if (!Directory.Exists(root))
        {
            throw new InvalidOperationException($"Guide:ContentPath '{root}' does not exist. Point it at a folder of Learn-format Markdown articles.");
        }

        var guide = await GuideLoader.LoadAsync(root, new GuideLoadOptions(settings.PublicBaseUrl, settings.SiteRoot), cancellationToken);
        foreach (var diagnostic in guide.Diagnostics)
        {
            LogDiagnostic(logger, diagnostic.Severity == DiagnosticSeverity.Error ? LogLevel.Error : LogLevel.Warning, diagnostic.ToString());
        }

        if (guide.Articles.Count == 0)
        {
            throw new InvalidOperationException($"The guide at '{root}' has no article; the bot has nothing to answer from. Run 'lint --content {root}' for details.");
        }

        state.SetLoaded(guide);
        LogLoaded(logger, guide.Articles.Count, guide.SectionCount, root);
        state.SemanticStatus = settings.Semantic ? SemanticStatus.Loading : SemanticStatus.Off;
        _indexing = Task.Run(() => Index(guide, settings), CancellationToken.None);
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        _indexing is null ? Task.CompletedTask : _indexing.WaitAsync(cancellationToken);

    /// <summary>
    /// Indexes the guide for lexical search and makes it answerable; then, when the semantic leg is on, loads the
    /// sentence model and adds it to the engine in use, which keeps its lexical index and embeds the guide's sections.
    /// </summary>
    private void Index(MigrationGuide guide, GuideOptions settings)
    {
        var started = TimeProvider.System.GetTimestamp();
        var engine = new AnswerEngine(guide);
        state.SetIndexed(engine);
        LogIndexed(logger, guide.SectionCount, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        if (!settings.Semantic)
        {
            return;
        }

        started = TimeProvider.System.GetTimestamp();
        try
        {
            var semantic = loadSemanticModel();
            engine.UseSemantic(semantic);
            state.SemanticStatus = SemanticStatus.On;
            LogSemantic(logger, semantic.LoadTime.TotalMilliseconds, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception exception)
        {
            // Any failure of the model (a native library missing for this platform, a damaged package) leaves the
            // lexical index answering, which it already does.
            state.SemanticStatus = SemanticStatus.Failed;
            LogSemanticFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The semantic leg could not start; the bot answers from the lexical index alone")]
    private static partial void LogSemanticFailed(ILogger logger, Exception exception);

    [LoggerMessage(Message = "Guide: {Diagnostic}")]
    private static partial void LogDiagnostic(ILogger logger, LogLevel level, string diagnostic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Articles} articles ({Sections} sections) from {Root}")]
    private static partial void LogLoaded(ILogger logger, int articles, int sections, string root);

    [LoggerMessage(Level = LogLevel.Information, Message = "Semantic leg in use: model loaded in {LoadMilliseconds:F0} ms, sections embedded after {Milliseconds:F0} ms")]
    private static partial void LogSemantic(ILogger logger, double loadMilliseconds, double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {Sections} sections in {Milliseconds:F0} ms")]
    private static partial void LogIndexed(ILogger logger, int sections, double milliseconds);
}
