using YamlDotNet.RepresentationModel;

namespace MigrationBot.Guide.Parsing;

/// <summary>
/// Reads DocFX <c>toc.yml</c> files: <c>name</c>, <c>href</c>, nested <c>items</c>, and nested tocs (an href to
/// another <c>toc.yml</c> or a folder, or a <c>tocHref</c>), whose entries become the entry's items. Landing pages,
/// site-relative and outside hrefs are kept as links; a local href whose file is missing is an error.
/// </summary>
internal sealed class TocParser(GuideFiles files, ICollection<GuideDiagnostic> diagnostics)
{
    private readonly HashSet<string> _open = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<TocEntry> Parse(string tocPath)
    {
        if (!_open.Add(tocPath))
        {
            diagnostics.Add(DiagnosticCodes.TocShape(tocPath, 0, "it includes itself through nested tocs."));
            return [];
        }

        try
        {
            return ParseFile(tocPath);
        }
        finally
        {
            _open.Remove(tocPath);
        }
    }

    private List<TocEntry> ParseFile(string tocPath)
    {
        var text = files.Text(tocPath);
        if (text is null)
        {
            return [];
        }

        var document = YamlDocument.Parse(text);
        if (document.Error is not null)
        {
            diagnostics.Add(DiagnosticCodes.TocShape(tocPath, document.ErrorLine, document.Error));
            return [];
        }

        var root = document.Root is YamlMappingNode mapping ? YamlDocument.Child(mapping, "items") : document.Root;
        return root switch
        {
            null => [],
            YamlSequenceNode sequence => Entries(tocPath, sequence),
            _ => Invalid(tocPath, root, "it must be a list of entries with 'name' and 'href'."),
        };
    }

    private List<TocEntry> Entries(string tocPath, YamlSequenceNode sequence)
    {
        var entries = new List<TocEntry>(sequence.Children.Count);
        foreach (var node in sequence.Children)
        {
            if (node is not YamlMappingNode entry)
            {
                Invalid(tocPath, node, "each entry must have 'name' and 'href' keys.");
                continue;
            }

            var href = YamlDocument.Scalar(entry, "href") ?? YamlDocument.Scalar(entry, "topicHref");
            var name = YamlDocument.Scalar(entry, "name") ?? YamlDocument.Scalar(entry, "displayName") ?? href ?? string.Empty;
            var items = YamlDocument.Child(entry, "items") switch
            {
                YamlSequenceNode children => Entries(tocPath, children),
                null => [],
                var other => Invalid(tocPath, other, "'items' must be a list of entries."),
            };

            var line = YamlDocument.LineOf(YamlDocument.Child(entry, "href") ?? YamlDocument.Child(entry, "topicHref") ?? entry);
            var tocHref = YamlDocument.Scalar(entry, "tocHref");
            string? articlePath = null;
            if (tocHref is not null)
            {
                items.AddRange(Nested(tocPath, tocHref, YamlDocument.LineOf(YamlDocument.Child(entry, "tocHref")!)));
            }

            if (href is not null && IsNestedToc(href))
            {
                items.AddRange(Nested(tocPath, href, line));
            }
            else if (href is not null)
            {
                articlePath = Target(tocPath, href, line);
            }

            entries.Add(new TocEntry(name, href, articlePath, items));
        }

        return entries;
    }

    private List<TocEntry> Nested(string tocPath, string href, int line)
    {
        if (IsOutside(href))
        {
            return [];
        }

        var path = GuideFiles.Resolve(tocPath, href);
        if (path is null)
        {
            return [];
        }

        var toc = href.EndsWith('/') || path.Length == 0 ? (path.Length == 0 ? "toc.yml" : $"{path}/toc.yml") : path;
        if (files.Text(toc) is null)
        {
            diagnostics.Add(DiagnosticCodes.Toc(tocPath, line, href));
            return [];
        }

        return Parse(toc).ToList();
    }

    /// <summary>The Markdown file an href names (whether or not it turns out to be an article), or null.</summary>
    private string? Target(string tocPath, string href, int line)
    {
        if (IsOutside(href))
        {
            return null;
        }

        var path = GuideFiles.Resolve(tocPath, href.Split('#', '?')[0]);
        if (path is null)
        {
            return null;
        }

        if (!files.Exists(path))
        {
            diagnostics.Add(DiagnosticCodes.Toc(tocPath, line, href));
            return null;
        }

        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path : null;
    }

    private List<TocEntry> Invalid(string tocPath, YamlNode node, string reason)
    {
        diagnostics.Add(DiagnosticCodes.TocShape(tocPath, YamlDocument.LineOf(node), reason));
        return [];
    }

    private static bool IsNestedToc(string href) =>
        href.EndsWith('/') || href.Split('#', '?')[0].EndsWith("toc.yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Absolute, site-relative and protocol-relative hrefs lead outside the guide.</summary>
    private static bool IsOutside(string href) =>
        href.StartsWith('/') || href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
}
