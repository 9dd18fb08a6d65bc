using System.Collections.Concurrent;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;

namespace MigrationBot.Guide.Parsing;

/// <summary>
/// Renders the articles of a loaded guide as HTML fragments, from their source files and through the same line pass
/// and Markdig pipeline as the parser, so every heading gets the anchor the parser gave its section. DocFX alerts,
/// <c>nextstepaction</c> links and tabs get plain HTML of their own; links resolve as they do for cards; raw HTML in
/// the Markdown is never passed through. Thread-safe; each article is rendered once.
/// </summary>
public sealed class ArticleHtmlRenderer
{
    private readonly GuideFiles _files;
    private readonly PageLinkResolver _links;
    private readonly ConcurrentDictionary<string, ArticleHtml> _rendered = new(StringComparer.OrdinalIgnoreCase);

    private ArticleHtmlRenderer(MigrationGuide guide, GuideFiles files)
    {
        Guide = guide;
        _files = files;
        _links = new PageLinkResolver(guide, files);
    }

    /// <summary>The guide whose articles this renders.</summary>
    public MigrationGuide Guide { get; }

    /// <summary>
    /// Reads the guide's files from its content root. The pages show the files as they are now; when they changed
    /// since the guide was loaded, <see cref="IsCurrent"/> is false.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The content root no longer exists.</exception>
    public static async Task<ArticleHtmlRenderer> CreateAsync(MigrationGuide guide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var files = await GuideFiles.ReadAsync(guide.ContentRoot, new List<GuideDiagnostic>(), cancellationToken).ConfigureAwait(false);
        return new ArticleHtmlRenderer(guide, files);
    }

    /// <summary>True when the files read are the ones the guide was loaded from.</summary>
    public bool IsCurrent => _files.Hash == Guide.ContentHash;

    /// <summary>The article's body as HTML.</summary>
    /// <exception cref="ArgumentException">The article is not one of <see cref="Guide"/>'s.</exception>
    public ArticleHtml Render(GuideArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (Guide.FindArticle(article.Path) is null)
        {
            throw new ArgumentException($"'{article.Path}' is not an article of the guide '{Guide.Settings.Title}'.", nameof(article));
        }

        return _rendered.GetOrAdd(article.Path, RenderFile);
    }

    private ArticleHtml RenderFile(string path)
    {
        var source = _files.Lines(path) ?? [];
        var frontMatter = FrontMatter.Read(path, source, diagnostics: null);
        var lines = new SourcePreprocessor(_files, new List<GuideDiagnostic>()).Expand(path, source, frontMatter.BodyStart);
        var document = Markdown.Parse(string.Join('\n', lines.Select(l => l.Text)), GuideMarkdown.Pipeline);

        var headings = AnchorHeadings(document);
        var hasNextStep = new PageTreeRewriter(_links, path, lines).Rewrite(document);

        using var writer = new StringWriter();
        var renderer = CreateRenderer(writer);
        WriteBlocks(renderer, document, headings);
        writer.Flush();
        var hasTitle = document.FirstOrDefault(b => b is HeadingBlock { Level: 1 } h && !headings.Tabs.ContainsKey(h)) is not null;
        return new ArticleHtml(path, writer.ToString(), hasTitle, hasNextStep);
    }

    /// <summary>
    /// Gives every top-level heading the id the parser gives it (<see cref="LearnAnchor"/>, in document order) and
    /// finds the tab titles (<c># [Tab](#tab/id)</c>), which the parser reads as text, not as headings.
    /// </summary>
    private static HeadingMarks AnchorHeadings(MarkdownDocument document)
    {
        var anchors = new LearnAnchor();
        var tabs = new Dictionary<HeadingBlock, string>();
        foreach (var heading in document.OfType<HeadingBlock>())
        {
            if (ArticleParser.TabTitle(heading) is { } tab)
            {
                tabs[heading] = tab;
                continue;
            }

            heading.GetAttributes().Id = anchors.Next(InlineText.Of(heading.Inline, links: null));
        }

        return new HeadingMarks(tabs);
    }

    /// <summary>
    /// Writes the top-level blocks; a tab group (tab titles up to the closing <c>---</c> or the next heading as high as
    /// the titles) becomes one section per tab.
    /// </summary>
    private static void WriteBlocks(HtmlRenderer renderer, MarkdownDocument document, HeadingMarks headings)
    {
        var inTab = false;
        var level = 1;
        var tabSourceLevel = 0;
        foreach (var block in document)
        {
            if (block is HeadingBlock heading && headings.Tabs.TryGetValue(heading, out var tab))
            {
                CloseTab(renderer, ref inTab);
                var tabLevel = Math.Min(level + 1, 6);
                renderer.EnsureLine();
                renderer.Write("<section class=\"tab\">").WriteLine();
                renderer.Write($"<h{tabLevel} class=\"tab-title\">").WriteEscape(tab).WriteLine($"</h{tabLevel}>");
                inTab = true;
                tabSourceLevel = heading.Level;
                continue;
            }

            if (inTab && block is ThematicBreakBlock)
            {
                CloseTab(renderer, ref inTab);
                continue;
            }

            if (block is HeadingBlock other && (!inTab || other.Level <= tabSourceLevel))
            {
                // A heading as high as the tab titles ends the tab group; a lower one is part of the tab.
                CloseTab(renderer, ref inTab);
                level = other.Level;
            }

            renderer.Render(block);
        }

        CloseTab(renderer, ref inTab);
    }

    private static void CloseTab(HtmlRenderer renderer, ref bool inTab)
    {
        if (inTab)
        {
            renderer.EnsureLine();
            renderer.WriteLine("</section>");
            inTab = false;
        }
    }

    private static HtmlRenderer CreateRenderer(TextWriter writer)
    {
        var renderer = new HtmlRenderer(writer);
        GuideMarkdown.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<QuoteBlockRenderer>(new DocfxQuoteRenderer());
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new SafeHtmlBlockRenderer());
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new SafeHtmlInlineRenderer());
        return renderer;
    }

    /// <summary>The tab titles of an article, by heading.</summary>
    private sealed record HeadingMarks(IReadOnlyDictionary<HeadingBlock, string> Tabs);
}
