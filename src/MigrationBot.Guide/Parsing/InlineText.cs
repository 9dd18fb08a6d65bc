using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace MigrationBot.Guide.Parsing;

/// <summary>Plain text of Markdig inlines: markup removed, link and image text kept, HTML dropped (a <c>&lt;br&gt;</c> becomes a space).</summary>
internal static partial class InlineText
{
    /// <summary>The inlines' text with whitespace collapsed; links are added to <paramref name="links"/>.</summary>
    public static string Of(ContainerInline? root, List<InlineLink>? links)
    {
        if (root is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(root, builder, links);
        return Collapse(builder.ToString());
    }

    /// <summary>Runs of whitespace made single spaces, ends trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static void Append(ContainerInline container, StringBuilder builder, List<InlineLink>? links)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case HtmlInline html when LineBreakTag().IsMatch(html.Tag):
                    // A <br> inside a table cell separates names that would otherwise run together.
                    builder.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    if (!autolink.IsEmail)
                    {
                        links?.Add(new InlineLink(autolink.Url, autolink.Url, autolink.Line));
                    }

                    break;
                case LinkInline link:
                    var text = Of(link, links: null);
                    builder.Append(text);
                    if (!link.IsImage && link.Url is { Length: > 0 } url)
                    {
                        links?.Add(new InlineLink(text, url, link.Line));
                    }

                    break;
                case ContainerInline child:
                    Append(child, builder, links);
                    break;
            }
        }
    }

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();
}
