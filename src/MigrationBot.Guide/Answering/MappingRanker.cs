using System.Text.RegularExpressions;
using MigrationBot.Guide.Search;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// Ranks the answer to a mapping question ("what replaces DynamoDB", "ec2 -> azure?", "EBS volumes in Azure"):
/// the article that maps the service (a service guide first) and, in it, the section whose heading names the
/// service, else the section holding the mapping table.
/// </summary>
internal sealed partial class MappingRanker
{
    /// <summary>Words that, next to a service name, ask for its counterpart.</summary>
    private static readonly string[] CueWords =
    [
        "replace", "replaces", "replacement", "equivalent", "alternative", "instead", "counterpart", "map", "maps",
        "mapping", "compare", "comparison", "vs", "versus", "similar", "like", "match", "matches", "version", "service",
        "azure", "aws", "amazon", "google", "gcp", "microsoft", "cloud", "option", "options", "choice", "pick",
        "choose", "corresponds", "become", "becomes", "analog", "substitute", "swap", "migrate", "move", "use",
    ];

    /// <summary>Words that ask how to do something with a service rather than what it becomes.</summary>
    private static readonly string[] TaskWords =
    [
        "move", "moving", "migrate", "migrating", "migration", "copy", "copying", "convert", "converting", "transfer",
        "port", "porting", "rebuild", "rewrite", "lift", "shift", "cut", "cutover",
    ];

    /// <summary>Heading verbs that state a counterpart ("Replace X with Y").</summary>
    private static readonly string[] ReplaceWords = ["replace", "replacing", "swap", "substitute"];

    /// <summary>Only tables in the articles of this many best hits count.</summary>
    private const int ArticlesConsidered = 3;

    private readonly MigrationGuide _guide;
    private readonly Func<string, IReadOnlyList<string>> _analyze;
    private readonly HashSet<string> _cues;
    private readonly bool _hasServiceGuides;
    private readonly Dictionary<ServiceMapping, string[]> _rowTerms = new();
    private readonly Dictionary<string, HashSet<string>> _headingTerms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _headingFirstTerm = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _taskWords;
    private readonly HashSet<string> _replaceTerms;

    public MappingRanker(MigrationGuide guide, Func<string, IReadOnlyList<string>> analyze)
    {
        _guide = guide;
        _analyze = analyze;
        _cues = CueWords.SelectMany(analyze).ToHashSet(StringComparer.Ordinal);
        _taskWords = TaskWords.SelectMany(analyze).ToHashSet(StringComparer.Ordinal);
        _replaceTerms = ReplaceWords.SelectMany(analyze).ToHashSet(StringComparer.Ordinal);
        _hasServiceGuides = guide.Articles.Any(a => a.Kind == ArticleKind.Service);
        foreach (var row in guide.Mappings)
        {
            _rowTerms.TryAdd(row, [.. analyze(row.AwsService), .. analyze(row.AzureService)]);
        }

        foreach (var section in guide.Articles.SelectMany(a => a.Sections))
        {
            var headingTerms = section.Heading is null ? [] : analyze(section.Heading);
            _headingTerms.TryAdd(section.Id, headingTerms.ToHashSet(StringComparer.Ordinal));
            if (headingTerms.Count > 0)
            {
                _headingFirstTerm.TryAdd(section.Id, headingTerms[0]);
            }
        }
    }

    /// <summary>The hits re-ranked when the question is about a mapped service's counterpart, else null.</summary>
    public List<AnswerSection>? Rank(List<AnswerSection> hits, SearchResult search, IReadOnlyList<ServiceMapping> rows, string question)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            named.UnionWith(_rowTerms.TryGetValue(row, out var terms) ? terms : [.. _analyze(row.AwsService), .. _analyze(row.AzureService)]);
        }

        var extra = search.MeaningfulTerms.Count(term => !named.Contains(term) && !_cues.Contains(term));
        if (extra > 1 || !search.MeaningfulTerms.Any(named.Contains))
        {
            return null;
        }

        // Articles ranked by their best hit; a table in an article the search does not rank near the top is
        // about something else (a pricing table that lists RDS among reservations, say).
        var rank = hits.Select(hit => hit.Article.Path).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select((path, i) => (path, i)).ToDictionary(x => x.path, x => x.i, StringComparer.OrdinalIgnoreCase);
        // In a guide with service guides, only their tables decide; summary tables elsewhere only echo them.
        var row0 = rows
            .Select(row => (row, article: _guide.FindArticle(row.ArticlePath)))
            .Where(x => x.article is not null && (!_hasServiceGuides || x.article.Kind == ArticleKind.Service))
            .Where(x => rank.GetValueOrDefault(x.row.ArticlePath, int.MaxValue) < ArticlesConsidered)
            .OrderBy(x => rank.GetValueOrDefault(x.row.ArticlePath, int.MaxValue))
            .FirstOrDefault();
        if (row0.article is null)
        {
            return null;
        }

        var questionNames = search.MeaningfulTerms.Where(named.Contains).ToHashSet(StringComparer.Ordinal);
        var inArticle = hits.Where(h => h.Article.Path == row0.article.Path).ToList();
        var table = inArticle.FirstOrDefault(h => string.Equals(h.Section.Id, row0.row.SectionId, StringComparison.OrdinalIgnoreCase))
            ?? (_guide.FindSection(row0.row.SectionId) is { } tableSection ? new AnswerSection(row0.article, tableSection, hits.Count > 0 ? hits[0].Score : 0) : null);

        // A bare "what is X on Azure" is answered by what states the counterpart: a "Replace X with Y" heading, else
        // the table row. A question about doing something with the service (moving it, one word beyond its names)
        // goes to the section about it.
        var counterpartOnly = extra == 0 && !search.Terms.Any(_taskWords.Contains);
        var naming = inArticle
            .Where(h => _headingTerms.TryGetValue(h.Section.Id, out var heading) && heading.Overlaps(questionNames))
            .Where(h => !counterpartOnly || (_headingFirstTerm.TryGetValue(h.Section.Id, out var verb) && _replaceTerms.Contains(verb)))
            .OrderBy(h => extra == 0 ? h.Section.Level : 0)
            .FirstOrDefault();
        // A question that weighs services against each other ("bicep or terraform?") is answered by the heading that
        // names all of them ("Choose between Bicep and Terraform"), not by one service's counterpart.
        var choice = questionNames.Count < 2 || !ChoicePattern().IsMatch(question) ? null : inArticle
            .FirstOrDefault(h => _headingTerms.TryGetValue(h.Section.Id, out var heading) && heading.IsSupersetOf(questionNames));
        var first = choice ?? naming ?? table;
        if (first is null)
        {
            return null;
        }

        first = first with { Score = Math.Max(first.Score, hits.Count > 0 ? hits[0].Score : 0) };
        return [first, .. hits.Where(h => h.Section.Id != first.Section.Id)];
    }

    [GeneratedRegex(@"\b(?:or|vs|versus|between|differ|differs|difference|differences|compare|compared|comparison)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChoicePattern();
}
