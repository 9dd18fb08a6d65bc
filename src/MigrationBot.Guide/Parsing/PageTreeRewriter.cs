using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MigrationBot.Guide.Parsing;

/// <summary>
/// Prepares an article's syntax tree for HTML: links point at their resolved targets (or lose their link when they
/// have none), images become their alt text, and DocFX quotes (<c>[!NOTE]</c>, <c>[!div class="nextstepaction"]</c>)
/// lose their marker and are tagged for <see cref="DocfxQuoteRenderer"/>.
/// </summary>
internal sealed class PageTreeRewriter(PageLinkResolver links, string articlePath, IReadOnlyList<SourceLine> lines)
{
    /// <summary>Rewrites the tree in place; returns true when it has a <c>nextstepaction</c> block.</summary>
    public bool Rewrite(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            RewriteLink(link);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && links.Resolve(autolink.Url, articlePath, articlePath) is null)
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
            }
        }

        var nextStep = false;
        foreach (var quote in document.Descendants<QuoteBlock>().ToList())
        {
            if (MarkQuote(quote) is { } docfx)
            {
                quote.SetData(typeof(DocfxQuote), docfx);
                nextStep |= docfx.IsNextStepAction;
            }
        }

        return nextStep;
    }

    private void RewriteLink(LinkInline link)
    {
        if (link.IsImage)
        {
            var alt = InlineText.Of(link, links: null);
            link.ReplaceBy(new LiteralInline(alt), copyChildren: false);
            return;
        }

        var file = lines.Count == 0 ? articlePath : lines[Math.Clamp(link.Line, 0, lines.Count - 1)].File;
        link.GetDynamicUrl = null;
        if (link.Url is { } url && links.Resolve(url, file, articlePath) is { } target)
        {
            link.Url = target;
            return;
        }

        // No target: keep the text, drop the link (a plain container renders its children only).
        link.ReplaceBy(new ContainerInline(), copyChildren: true);
    }

    private static DocfxQuote? MarkQuote(QuoteBlock quote)
    {
        if (quote.Count == 0 || quote[0] is not ParagraphBlock { Inline: { } inline } first)
        {
            return null;
        }

        var marker = ArticleParser.DocfxMarker().Match(InlineText.Of(inline, links: null));
        if (!marker.Success)
        {
            return null;
        }

        StripMarker(inline, marker.Value);
        if (inline.FirstChild is null)
        {
            quote.Remove(first);
        }

        return Enum.TryParse<AlertKind>(marker.Groups["alert"].Value, ignoreCase: true, out var alert)
            ? new DocfxQuote(alert, IsNextStepAction: false)
            : new DocfxQuote(null, marker.Groups["div"].Value.Contains("nextstepaction", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Removes the marker's characters from the start of a paragraph, then the line break after it.</summary>
    private static void StripMarker(ContainerInline inline, string marker)
    {
        var expected = string.Concat(marker.Where(c => !char.IsWhiteSpace(c)));
        var matched = 0;
        while (inline.FirstChild is LiteralInline literal && matched < expected.Length)
        {
            var content = literal.Content;
            var i = content.Start;
            while (i <= content.End && matched < expected.Length && (char.IsWhiteSpace(content.Text[i]) || content.Text[i] == expected[matched]))
            {
                matched += char.IsWhiteSpace(content.Text[i]) ? 0 : 1;
                i++;
            }

            if (i <= content.End)
            {
                literal.Content = new StringSlice(content.Text, i, content.End);
                break;
            }

            literal.Remove();
        }

        while (inline.FirstChild is LineBreakInline or LiteralInline { Content.IsEmpty: true })
        {
            inline.FirstChild.Remove();
        }

        if (inline.FirstChild is LiteralInline next)
        {
            next.Content.TrimStart();
        }
    }
}
