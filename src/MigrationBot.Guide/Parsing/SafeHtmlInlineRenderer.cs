using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace MigrationBot.Guide.Parsing;

/// <summary>Raw inline HTML in an article is dropped (its tags; the text between them stays), except a line break.</summary>
internal sealed partial class SafeHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj)
    {
        if (obj.Tag is { } tag && LineBreak().IsMatch(tag))
        {
            renderer.Write("<br />");
        }
    }

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();
}
