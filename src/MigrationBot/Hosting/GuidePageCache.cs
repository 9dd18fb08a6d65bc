using MigrationBot.Guide;
using MigrationBot.Guide.Parsing;

namespace MigrationBot.Hosting;

/// <summary>
/// The page renderer of the guide being served: made once per loaded guide (it reads the guide's files), shared by
/// every request, and made again when the guide changes or when making it failed.
/// </summary>
internal sealed class GuidePageCache
{
    private readonly Lock _lock = new();
    private Entry? _entry;

    public Task<ArticleHtmlRenderer> GetAsync(MigrationGuide guide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guide);
        lock (_lock)
        {
            if (_entry is null || !ReferenceEquals(_entry.Guide, guide) || _entry.Renderer.IsFaulted || _entry.Renderer.IsCanceled)
            {
                // Not tied to one request: a request that goes away must not cancel the renderer the next one needs.
                _entry = new Entry(guide, ArticleHtmlRenderer.CreateAsync(guide, CancellationToken.None));
            }

            return _entry.Renderer.WaitAsync(cancellationToken);
        }
    }

    private sealed record Entry(MigrationGuide Guide, Task<ArticleHtmlRenderer> Renderer);
}
