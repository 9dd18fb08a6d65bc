using System.Text.RegularExpressions;
using MigrationBot.Guide.Search;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// Answers "what is X on Azure" from the guide's comparison tables when it has no AWS mapping table: any table whose
/// header names Azure in one column and something else in another (<c>Google Cloud service | Azure service</c>,
/// <c>OCI component | Azure equivalent</c>). A bare counterpart question whose topic words all sit in one row's
/// source cell is answered by that table's section.
/// </summary>
internal sealed partial class CounterpartTables
{
    /// <summary>Words that ask for a counterpart.</summary>
    private static readonly string[] CueWords =
    [
        "equivalent", "equivalents", "equiv", "replacement", "replace", "replaces", "alternative", "alternatives",
        "counterpart", "counterparts", "instead", "analog", "substitute", "corresponds",
    ];

    /// <summary>Words a counterpart question may carry besides the service's name.</summary>
    private static readonly string[] FillerWords =
    [
        "azure", "microsoft", "service", "services", "version", "option", "options", "use", "what", "which", "map",
        "maps", "mapping", "become", "becomes", "similar", "like", "match", "matches", "on", "in", "to", "for",
    ];

    /// <summary>Tables in the articles of this many best hits count.</summary>
    private const int ArticlesConsidered = 4;

    private readonly List<TableRowTerms> _rows = [];
    private readonly HashSet<string> _cues;
    private readonly Func<string, IReadOnlyList<string>> _analyze;
    private readonly HashSet<string> _fillers;
    private readonly Dictionary<string, GuideArticle> _articles = new(StringComparer.OrdinalIgnoreCase);

    public CounterpartTables(MigrationGuide guide, Func<string, IReadOnlyList<string>> analyze)
    {
        _analyze = analyze;
        _cues = CueWords.SelectMany(analyze).ToHashSet(StringComparer.Ordinal);
        _fillers = FillerWords.SelectMany(analyze).ToHashSet(StringComparer.Ordinal);
        foreach (var article in guide.Articles)
        {
            _articles[article.Path] = article;
            foreach (var section in article.Sections)
            {
                AddTables(article, section, analyze);
            }
        }
    }

    /// <summary>The hits with the best matching table section first, or null when the question is not a bare counterpart question.</summary>
    public List<AnswerSection>? Rank(List<AnswerSection> hits, SearchResult search, string question)
    {
        if (_rows.Count == 0 || hits.Count == 0)
        {
            return null;
        }

        var asksCounterpart = search.Terms.Any(_cues.Contains) || ArrowPattern().IsMatch(question);
        var topic = search.Terms
            .Where(term => !_cues.Contains(term) && !_fillers.Contains(term))
            .Where(term => search.MeaningfulTerms.Contains(term) || search.UnknownTerms.Contains(term))
            .ToList();
        if (!asksCounterpart || topic.Count == 0)
        {
            return null;
        }

        // A heading that itself asks or states the counterpart ("What replaces X?") answers better than a table row.
        var topHeading = hits[0].Section.Heading is { } heading ? _analyze(heading) : [];
        if (topic.All(topHeading.Contains) && topHeading.Any(_cues.Contains))
        {
            return null;
        }

        var articleRank = hits.Select(h => h.Article.Path).Distinct(StringComparer.OrdinalIgnoreCase).Take(ArticlesConsidered)
            .Select((path, i) => (path, i)).ToDictionary(x => x.path, x => x.i, StringComparer.OrdinalIgnoreCase);
        var best = _rows
            .Where(row => articleRank.ContainsKey(row.ArticlePath) && topic.All(row.Source.Contains))
            .OrderByDescending(row => (double)topic.Count / row.Source.Count)
            .ThenBy(row => row.TableSize)
            .ThenBy(row => articleRank[row.ArticlePath])
            .FirstOrDefault();
        if (best is null || !_articles.TryGetValue(best.ArticlePath, out var article))
        {
            return null;
        }

        var first = hits.FirstOrDefault(h => h.Section.Id == best.Section.Id) ?? new AnswerSection(article, best.Section, 0);
        first = first with { Score = Math.Max(first.Score, hits[0].Score) };
        return [first, .. hits.Where(h => h.Section.Id != first.Section.Id)];
    }

    private void AddTables(GuideArticle article, GuideSection section, Func<string, IReadOnlyList<string>> analyze)
    {
        var table = new List<string[]>();
        foreach (var block in section.Blocks.Append(new SectionBlock(BlockKind.Paragraph, string.Empty)))
        {
            if (block.Kind == BlockKind.TableRow)
            {
                table.Add(block.Text.Split(" | "));
                continue;
            }

            if (table.Count > 1)
            {
                AddTable(article, section, table, analyze);
            }

            table.Clear();
        }
    }

    private void AddTable(GuideArticle article, GuideSection section, List<string[]> table, Func<string, IReadOnlyList<string>> analyze)
    {
        var header = table[0];
        var target = Array.FindIndex(header, cell => AzurePattern().IsMatch(cell));
        var source = Array.FindIndex(header, cell => !AzurePattern().IsMatch(cell) && cell.Trim().Length > 0);
        if (target < 0 || source < 0 || header.Length < 2)
        {
            return;
        }

        foreach (var row in table.Skip(1))
        {
            if (source < row.Length)
            {
                var terms = analyze(row[source]).ToHashSet(StringComparer.Ordinal);
                if (terms.Count > 0)
                {
                    _rows.Add(new TableRowTerms(article.Path, section, terms, table.Count - 1));
                }
            }
        }
    }

    [GeneratedRegex(@"\bazure\b", RegexOptions.IgnoreCase)]
    private static partial Regex AzurePattern();

    [GeneratedRegex(@"->|→|=>")]
    private static partial Regex ArrowPattern();

    private sealed record TableRowTerms(string ArticlePath, GuideSection Section, HashSet<string> Source, int TableSize);
}
