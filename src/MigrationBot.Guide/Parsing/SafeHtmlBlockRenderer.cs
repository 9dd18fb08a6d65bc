using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace MigrationBot.Guide.Parsing;

/// <summary>
/// Raw HTML blocks in an article are never passed through: comments, scripts and styles are dropped, any other block
/// keeps only its text (tags removed, escaped), as the parser reads it.
/// </summary>
internal sealed partial class SafeHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        if (obj.Type is not (HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock or HtmlBlockType.ScriptPreOrStyle))
        {
            return;
        }

        var html = obj.Lines.ToString();
        if (ScriptOrStyle().IsMatch(html))
        {
            return;
        }

        var text = InlineText.Collapse(System.Net.WebUtility.HtmlDecode(Tag().Replace(html, " ")));
        if (text.Length == 0)
        {
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<p>").WriteEscape(text).WriteLine("</p>");
    }

    [GeneratedRegex(@"^\s*<(?:script|style)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
