using System.Text.RegularExpressions;

namespace MigrationBot.Guide.Tests.Support;

/// <summary>Builds small <see cref="MigrationGuide"/> values by hand, as the parser would produce them.</summary>
internal sealed partial class GuideBuilder
{
    private const string BaseUrl = "https://guide.example/";

    private readonly List<GuideArticle> _articles = [];
    private readonly List<JourneyStep> _journey = [];
    private readonly List<ServiceMapping> _mappings = [];
    private string? _synonyms;

    public GuideBuilder Article(string path, string title, Action<ArticleBuilder> build, ArticleKind kind = ArticleKind.Article, string? area = null, string? description = null)
    {
        var article = new ArticleBuilder(path);
        build(article);
        int? stepNumber = null;
        string? stepName = null;
        if (kind == ArticleKind.Step)
        {
            stepNumber = _journey.Count + 1;
            stepName = title.Split(' ')[0];
            _journey.Add(new JourneyStep(stepNumber.Value, stepName, path));
        }

        _articles.Add(new GuideArticle(
            path, title, description, "11/20/2026", null, new Dictionary<string, string>(), BaseUrl + Path.ChangeExtension(path, null),
            kind, stepNumber, stepName, area, article.Sections(BaseUrl + Path.ChangeExtension(path, null)), null, []));
        foreach (var (aws, azure, note, anchor) in article.MappingRows)
        {
            _mappings.Add(new ServiceMapping(aws, azure, note, anchor is null ? path : $"{path}#{anchor}", path));
        }

        return this;
    }

    public GuideBuilder Synonyms(string text)
    {
        _synonyms = text;
        return this;
    }

    public MigrationGuide Build()
    {
        // Each article's next step is the following article, as the toc order would give it.
        var articles = _articles
            .Select((article, i) => i + 1 < _articles.Count
                ? article with { NextStep = new GuideLink(_articles[i + 1].Title, _articles[i + 1].Url, _articles[i + 1].Path) }
                : article)
            .ToList();
        return new MigrationGuide(
            "/fixture", new GuideSettings("Fixture guide", BaseUrl, "https://learn.microsoft.com", false),
            articles, [], _journey, _mappings, _synonyms, [], "hash");
    }

    /// <summary>The anchor Learn gives a heading.</summary>
    public static string Anchor(string heading) => NonWord().Replace(heading.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();

    internal sealed class ArticleBuilder(string path)
    {
        private readonly List<(string? Heading, int Level, List<SectionBlock> Blocks)> _sections = [(null, 1, [])];

        public List<(string Aws, string Azure, string? Note, string? Anchor)> MappingRows { get; } = [];

        public ArticleBuilder Intro(params string[] paragraphs)
        {
            _sections[0].Blocks.AddRange(paragraphs.Select(p => new SectionBlock(BlockKind.Paragraph, p)));
            return this;
        }

        public ArticleBuilder Section(string heading, params string[] paragraphs) => Add(heading, 2, paragraphs.Select(p => new SectionBlock(BlockKind.Paragraph, p)));

        public ArticleBuilder SubSection(string heading, params string[] paragraphs) => Add(heading, 3, paragraphs.Select(p => new SectionBlock(BlockKind.Paragraph, p)));

        public ArticleBuilder List(string heading, params string[] items) => Add(heading, 2, items.Select(i => new SectionBlock(BlockKind.ListItem, i)));

        /// <summary>A section holding a mapping table, one row per pair.</summary>
        public ArticleBuilder Mappings(string heading, params (string Aws, string Azure, string Note)[] rows)
        {
            Add(heading, 2, rows.Select(r => new SectionBlock(BlockKind.TableRow, $"{r.Aws} | {r.Azure} | {r.Note}")));
            MappingRows.AddRange(rows.Select(r => (r.Aws, r.Azure, (string?)r.Note, (string?)Anchor(heading))));
            return this;
        }

        /// <summary>A section holding any table: the header row, then the body rows, cells joined as the parser joins them.</summary>
        public ArticleBuilder Table(string heading, string header, params string[] rows) =>
            Add(heading, 2, rows.Prepend(header).Select(r => new SectionBlock(BlockKind.TableRow, r)));

        public IReadOnlyList<GuideSection> Sections(string articleUrl)
        {
            var result = new List<GuideSection>();
            var line = 1;
            string? h2 = null;
            foreach (var (heading, level, blocks) in _sections)
            {
                if (heading is null && blocks.Count == 0)
                {
                    continue;
                }

                var anchor = heading is null ? null : Anchor(heading);
                if (level == 2)
                {
                    h2 = heading;
                }

                IReadOnlyList<string> headingPath = heading is null ? [] : level == 3 && h2 is not null ? [h2, heading] : [heading];
                result.Add(new GuideSection(
                    anchor is null ? path : $"{path}#{anchor}", path, heading, headingPath, anchor, level, line,
                    blocks, string.Join("\n", blocks.Select(b => b.Text)), anchor is null ? articleUrl : $"{articleUrl}#{anchor}"));
                line += 10;
            }

            return result;
        }

        private ArticleBuilder Add(string heading, int level, IEnumerable<SectionBlock> blocks)
        {
            _sections.Add((heading, level, blocks.ToList()));
            return this;
        }
    }
}
