using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MigrationBot.Guide.Parsing;

/// <summary>
/// Turns an article's expanded lines into sections of plain-text blocks, reading the DocFX extensions on the
/// Markdig syntax tree: alerts, <c>nextstepaction</c> blocks, tabs, and AWS-to-Azure mapping tables.
/// </summary>
internal sealed partial class ArticleParser
{
    private readonly string _path;
    private readonly string _url;
    private readonly IReadOnlyList<SourceLine> _lines;
    private readonly ICollection<GuideDiagnostic> _diagnostics;
    private readonly LearnAnchor _anchors = new();
    private readonly HashSet<string> _allAnchors = new(StringComparer.Ordinal);
    private readonly List<SectionDraft> _sections = [];
    private readonly List<RawLink> _links = [];
    private readonly List<ServiceMapping> _mappings = [];
    private RawLink? _nextStep;
    private string? _h1;
    private string? _h2;

    private ArticleParser(string path, string url, IReadOnlyList<SourceLine> lines, ICollection<GuideDiagnostic> diagnostics)
    {
        _path = path;
        _url = url;
        _lines = lines;
        _diagnostics = diagnostics;
        _sections.Add(new SectionDraft(null, [], null, 1, 1, new SourceLine(string.Empty, path, 1, 1)));
    }

    private SectionDraft Current => _sections[^1];

    public static ParsedBody Parse(string path, string url, IReadOnlyList<SourceLine> lines, ICollection<GuideDiagnostic> diagnostics)
    {
        var parser = new ArticleParser(path, url, lines, diagnostics);
        var document = Markdown.Parse(string.Join('\n', lines.Select(l => l.Text)), GuideMarkdown.Pipeline);
        foreach (var block in document)
        {
            parser.Read(block);
        }

        return parser.Finish();
    }

    private void Read(Block block)
    {
        if (block is not HeadingBlock heading)
        {
            AddBlocks(block, alert: null);
            return;
        }

        if (TabTitle(heading) is { } tab)
        {
            Add(BlockKind.Paragraph, tab, alert: null);
            return;
        }

        var text = Text(heading.Inline);
        var anchor = _anchors.Next(text);
        _allAnchors.Add(anchor);
        if (heading.Level == 1 && _h1 is null)
        {
            _h1 = text;
        }
        else if (heading.Level is 2 or 3)
        {
            _h2 = heading.Level == 2 ? text : _h2;
            IReadOnlyList<string> path = heading.Level == 2 || _h2 is null ? [text] : [_h2, text];
            _sections.Add(new SectionDraft(text, path, anchor, heading.Level, Source(heading.Line).ArticleLine, Source(heading.Line)));
        }
        else
        {
            Add(BlockKind.Paragraph, text, alert: null);
        }
    }

    private void AddBlocks(Block block, AlertKind? alert)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                Add(BlockKind.Paragraph, Text(paragraph.Inline), alert);
                break;
            case HeadingBlock heading:
                Add(BlockKind.Paragraph, TabTitle(heading) ?? Text(heading.Inline), alert);
                break;
            case CodeBlock code:
                Add(BlockKind.Code, code.Lines.ToString().TrimEnd(), alert);
                break;
            case HtmlBlock html when html.Type != HtmlBlockType.Comment:
                Add(BlockKind.Paragraph, InlineText.Collapse(HtmlTag().Replace(html.Lines.ToString(), " ")), alert);
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    AddListItem(item, alert);
                }

                break;
            case QuoteBlock quote:
                AddQuote(quote, alert);
                break;
            case Table table:
                AddTable(table, alert);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AddBlocks(child, alert);
                }

                break;
        }
    }

    private void AddListItem(ListItemBlock item, AlertKind? alert)
    {
        var text = string.Join(' ', item.OfType<ParagraphBlock>().Select(p => Text(p.Inline)).Where(t => t.Length > 0));
        Add(BlockKind.ListItem, text, alert);
        foreach (var child in item.Where(c => c is not ParagraphBlock))
        {
            AddBlocks(child, alert);
        }
    }

    private void AddQuote(QuoteBlock quote, AlertKind? alert)
    {
        var children = quote.ToList();
        if (children.FirstOrDefault() is ParagraphBlock first)
        {
            var linkCount = _links.Count;
            var text = Text(first.Inline);
            var marker = DocfxMarker().Match(text);
            if (marker.Success && marker.Groups["div"].Value.Contains("nextstepaction", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var paragraph in children.Skip(1).OfType<ParagraphBlock>())
                {
                    Text(paragraph.Inline);
                }

                // The button's text stays readable text of the section; its link is the article's next step.
                foreach (var link in _links.Skip(linkCount))
                {
                    Add(BlockKind.Paragraph, link.Text, alert);
                }

                _nextStep ??= _links.Skip(linkCount).FirstOrDefault();
                return;
            }

            if (marker.Success)
            {
                alert = Enum.TryParse<AlertKind>(marker.Groups["alert"].Value, ignoreCase: true, out var kind) ? kind : alert;
                Add(BlockKind.Paragraph, text[marker.Length..].Trim(), alert);
                children.RemoveAt(0);
            }
            else
            {
                _links.RemoveRange(linkCount, _links.Count - linkCount);
            }
        }

        foreach (var child in children)
        {
            AddBlocks(child, alert);
        }
    }

    private void AddTable(Table table, AlertKind? alert)
    {
        var rows = table.OfType<TableRow>()
            .Select(row => (Header: row.IsHeader, Cells: row.OfType<TableCell>().Select(CellText).ToList()))
            .ToList();
        foreach (var (_, cells) in rows)
        {
            Add(BlockKind.TableRow, string.Join(" | ", cells).TrimEnd(), alert);
        }

        if (rows.Count == 0 || !rows[0].Header || MappingTable.Detect(rows[0].Cells) is not { } mapping)
        {
            return;
        }

        foreach (var (_, cells) in rows.Skip(1))
        {
            if (mapping.Read(cells, Current.Id(_path), _path) is { } row)
            {
                _mappings.Add(row);
            }
        }
    }

    private string CellText(TableCell cell) =>
        string.Join(' ', cell.OfType<ParagraphBlock>().Select(p => Text(p.Inline)).Where(t => t.Length > 0));

    private void Add(BlockKind kind, string text, AlertKind? alert)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Current.Blocks.Add(new SectionBlock(kind, text, alert));
        }
    }

    private string Text(ContainerInline? inline)
    {
        var found = new List<InlineLink>();
        var text = InlineText.Of(inline, found);
        foreach (var link in found)
        {
            var source = Source(link.Line);
            _links.Add(new RawLink(link.Text, link.Url, source.File, source.Line));
        }

        return text;
    }

    private SourceLine Source(int line) =>
        _lines.Count == 0 ? new SourceLine(string.Empty, _path, 1, 1) : _lines[Math.Clamp(line, 0, _lines.Count - 1)];

    internal static string? TabTitle(HeadingBlock heading) =>
        heading.Inline?.FirstChild is LinkInline { IsImage: false } link
        && link.NextSibling is null
        && link.Url?.StartsWith("#tab/", StringComparison.OrdinalIgnoreCase) == true
            ? InlineText.Of(link, links: null)
            : null;

    private ParsedBody Finish()
    {
        var sections = new List<GuideSection>(_sections.Count);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _sections.Count; i++)
        {
            var draft = _sections[i];
            var hasChildren = draft.Level == 2 && i + 1 < _sections.Count && _sections[i + 1].Level == 3;
            if (draft.Heading is not null && draft.Blocks.Count == 0 && !hasChildren)
            {
                if (Placeholder().IsMatch(draft.Heading))
                {
                    continue;
                }

                _diagnostics.Add(DiagnosticCodes.EmptyHeading(draft.Source.File, draft.Source.Line, draft.Heading));
            }

            var id = draft.Id(_path);
            if (!ids.Add(id))
            {
                _diagnostics.Add(DiagnosticCodes.DuplicateId(draft.Source.File, draft.Source.Line, id));
            }

            sections.Add(new GuideSection(
                id,
                _path,
                draft.Heading,
                draft.HeadingPath,
                draft.Anchor,
                draft.Level,
                draft.Line,
                draft.Blocks,
                string.Join('\n', draft.Blocks.Select(b => b.Text)),
                draft.Anchor is null ? _url : $"{_url}#{draft.Anchor}"));
        }

        return new ParsedBody(_h1, sections, _allAnchors, _links, _nextStep, _mappings);
    }

    /// <summary>A section while its blocks are being read.</summary>
    private sealed record SectionDraft(string? Heading, IReadOnlyList<string> HeadingPath, string? Anchor, int Level, int Line, SourceLine Source)
    {
        public List<SectionBlock> Blocks { get; } = [];

        public string Id(string articlePath) => Anchor is null ? articlePath : $"{articlePath}#{Anchor}";
    }

    [GeneratedRegex(@"^\[!(?:(?<alert>NOTE|TIP|IMPORTANT|WARNING|CAUTION)|div(?<div>[^\]]*))\]", RegexOptions.IgnoreCase)]
    internal static partial Regex DocfxMarker();

    [GeneratedRegex(@"^TODO\b", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex HtmlTag();
}
