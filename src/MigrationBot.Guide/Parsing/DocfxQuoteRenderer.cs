using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace MigrationBot.Guide.Parsing;

/// <summary>
/// Renders block quotes that <see cref="ArticleHtmlRenderer"/> marked as DocFX blocks: alerts become
/// <c>&lt;div class="alert note" role="note"&gt;</c> with a title, <c>nextstepaction</c> a next-step link, any other
/// <c>[!div]</c> a plain <c>div</c>. Every other quote is a <c>blockquote</c>.
/// </summary>
internal sealed class DocfxQuoteRenderer : HtmlObjectRenderer<QuoteBlock>
{
    private readonly QuoteBlockRenderer _plain = new();

    protected override void Write(HtmlRenderer renderer, QuoteBlock obj)
    {
        if (obj.GetData(typeof(DocfxQuote)) is not DocfxQuote docfx)
        {
            _plain.Write(renderer, obj);
            return;
        }

        renderer.EnsureLine();
        if (docfx.Alert is { } alert)
        {
            var name = alert.ToString();
            renderer.Write("<div class=\"alert ").Write(name.ToLowerInvariant()).WriteLine("\" role=\"note\">");
            renderer.Write("<p class=\"alert-title\">").Write(name).WriteLine("</p>");
        }
        else
        {
            renderer.WriteLine(docfx.IsNextStepAction ? "<div class=\"next-step-action\">" : "<div class=\"docfx-div\">");
        }

        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(obj);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
