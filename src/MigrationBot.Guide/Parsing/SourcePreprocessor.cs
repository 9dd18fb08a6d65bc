using System.Text.RegularExpressions;

namespace MigrationBot.Guide.Parsing;

/// <summary>
/// The line pass before Markdig: expands <c>[!INCLUDE]</c> in place (relative to the including file, recursively),
/// drops <c>:::zone</c>-style fence lines, keeps only the alt text of <c>:::image</c>, and records where every line
/// came from. Fenced code is left alone.
/// </summary>
internal sealed partial class SourcePreprocessor(GuideFiles files, ICollection<GuideDiagnostic> diagnostics)
{
    /// <summary>The lines of an article's body (from <paramref name="start"/>) with its includes expanded.</summary>
    public List<SourceLine> Expand(string article, IReadOnlyList<string> lines, int start)
    {
        var output = new List<SourceLine>(lines.Count);
        Append(article, lines, start, includeLine: null, prefix: string.Empty, output, [article]);
        return output;
    }

    /// <summary>The files a Markdown file includes directly, relative to the root (missing ones too).</summary>
    public static IEnumerable<string> IncludeTargets(string file, IEnumerable<string> lines)
    {
        foreach (var line in lines.Where(l => l.Contains("[!INCLUDE", StringComparison.OrdinalIgnoreCase)))
        {
            var match = IncludePattern().Match(StripQuote(line).Content);
            if (match.Success && GuideFiles.Resolve(file, match.Groups["path"].Value) is { } target)
            {
                yield return target;
            }
        }
    }

    private void Append(string file, IReadOnlyList<string> lines, int start, int? includeLine, string prefix, List<SourceLine> output, List<string> chain)
    {
        var fence = string.Empty;
        for (var i = start; i < lines.Count; i++)
        {
            var text = lines[i];
            var line = i + 1;
            var articleLine = includeLine ?? line;
            var (quote, rest) = StripQuote(text);
            var trimmed = rest.TrimStart();

            if (fence.Length > 0)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.TrimEnd().Trim(fence[0]).Length == 0)
                {
                    fence = string.Empty;
                }

                output.Add(new SourceLine(prefix + text, file, line, articleLine));
                continue;
            }

            if (StartsFence(trimmed, out fence))
            {
                output.Add(new SourceLine(prefix + text, file, line, articleLine));
                continue;
            }

            var include = rest.Contains("[!", StringComparison.Ordinal) ? IncludePattern().Match(rest) : Match.Empty;
            if (include.Success)
            {
                var blank = (prefix + quote).TrimEnd();
                output.Add(new SourceLine(blank, file, line, articleLine));
                AppendInclude(file, line, include.Groups["path"].Value, articleLine, prefix + quote, output, chain);
                output.Add(new SourceLine(blank, file, line, articleLine));
                continue;
            }

            if (trimmed.StartsWith(":::", StringComparison.Ordinal))
            {
                var directive = trimmed;
                while (directive.StartsWith(":::image", StringComparison.OrdinalIgnoreCase) && !directive[3..].Contains(":::", StringComparison.Ordinal) && i + 1 < lines.Count)
                {
                    directive += " " + StripQuote(lines[++i]).Content.Trim();
                }

                var blank = (prefix + quote).TrimEnd();
                output.Add(new SourceLine(blank, file, line, articleLine));
                var alt = AltText().Match(directive);
                if (directive.StartsWith(":::image", StringComparison.OrdinalIgnoreCase) && alt.Success && alt.Groups["alt"].Value.Trim().Length > 0)
                {
                    output.Add(new SourceLine(prefix + quote + alt.Groups["alt"].Value.Trim(), file, line, articleLine));
                    output.Add(new SourceLine(blank, file, line, articleLine));
                }

                continue;
            }

            output.Add(new SourceLine(prefix + text, file, line, articleLine));
        }
    }

    private void AppendInclude(string file, int line, string target, int articleLine, string prefix, List<SourceLine> output, List<string> chain)
    {
        var path = GuideFiles.Resolve(file, target.Split('#', '?')[0]);
        if (path is null || !files.Exists(path))
        {
            diagnostics.Add(DiagnosticCodes.Include(file, line, target));
            return;
        }

        if (chain.Contains(path, StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticCodes.Cycle(file, line, target));
            return;
        }

        if (files.Lines(path) is not { } included)
        {
            return;
        }

        var frontMatter = FrontMatter.Read(path, included, diagnostics: null);
        chain.Add(path);
        Append(path, included, frontMatter.BodyStart, articleLine, prefix, output, chain);
        chain.RemoveAt(chain.Count - 1);
    }

    private static bool StartsFence(string trimmed, out string fence)
    {
        fence = string.Empty;
        if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
        {
            var length = trimmed.TakeWhile(c => c == trimmed[0]).Count();
            fence = new string(trimmed[0], length);
        }

        return fence.Length > 0;
    }

    /// <summary>Splits a line's leading blockquote markers (<c>&gt; &gt; </c>) from the rest.</summary>
    private static (string Quote, string Content) StripQuote(string line)
    {
        if (!line.AsSpan().TrimStart(' ').StartsWith(">", StringComparison.Ordinal))
        {
            return (string.Empty, line);
        }

        var match = QuotePrefix().Match(line);
        return (match.Value, line[match.Length..]);
    }

    [GeneratedRegex(@"^(?:[ ]{0,3}>[ ]?)+")]
    private static partial Regex QuotePrefix();

    [GeneratedRegex(@"^\s*\[!INCLUDE\s*\[(?<title>[^\]]*)\]\(\s*<?(?<path>[^)\s>]+)>?(?:\s+""[^""]*"")?\s*\)\]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex IncludePattern();

    [GeneratedRegex(@"alt-text\s*=\s*""(?<alt>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex AltText();
}
