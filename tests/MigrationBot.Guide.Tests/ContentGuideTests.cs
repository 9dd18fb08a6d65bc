using System.Text.RegularExpressions;
using MigrationBot.Guide.Answering.Quality;
using MigrationBot.Guide.Parsing;
using MigrationBot.Testing;

namespace MigrationBot.Guide.Tests;

/// <summary>The guide we ship, loaded by the real parser: complete, consistent and citing its sources.</summary>
public sealed partial class ContentGuideTests
{
    private static readonly Lazy<Task<MigrationGuide>> Shipped = new(() =>
        GuideLoader.LoadAsync(RepoPaths.Content, new GuideLoadOptions(), CancellationToken.None));

    private static Task<MigrationGuide> LoadAsync() => Shipped.Value;

    [Fact]
    public async Task TheShippedGuideLintsWithoutErrorsOrWarnings()
    {
        var guide = await LoadAsync();

        Assert.Empty(guide.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task TheQuestionSetAsksAboutEveryArticleWithAtLeast150Questions()
    {
        var guide = await LoadAsync();
        var questions = QuestionSetReader.ReadFile(Path.Combine(RepoPaths.Root, "bench", "questions", "shipped.jsonl"));
        var asked = questions.Select(q => q.Article).OfType<string>().ToHashSet(StringComparer.Ordinal);

        Assert.True(questions.Count >= 150, $"{questions.Count} questions");
        Assert.All(guide.Articles, article => Assert.Contains(article.Path, asked));
        Assert.Contains(questions, q => !q.InScope);
    }

    [Fact]
    public async Task TheJourneyIsTheFiveDeclaredSteps()
    {
        var guide = await LoadAsync();

        Assert.Equal(["Assess", "Design", "Prepare", "Migrate", "Evaluate"], guide.Journey.Select(s => s.Name));
        Assert.All(guide.Journey, step => Assert.Equal(ArticleKind.Step, guide.FindArticle(step.ArticlePath)!.Kind));
    }

    [Fact]
    public async Task ThereAreAtLeastFourteenServiceGuidesEachWithAnArea()
    {
        var guide = await LoadAsync();
        var services = guide.Articles.Where(a => a.Kind == ArticleKind.Service).ToList();

        Assert.True(services.Count >= 14, $"{services.Count} service guides");
        Assert.All(services, a => Assert.False(string.IsNullOrWhiteSpace(a.Area), a.Path));
    }

    [Fact]
    public async Task EveryArticleHasItsFrontMatterAndAnH1()
    {
        var guide = await LoadAsync();

        foreach (var article in guide.Articles)
        {
            foreach (var key in new[] { "title", "description", "ms.date", "ms.topic" })
            {
                Assert.True(article.Metadata.TryGetValue(key, out var value) && value.Length > 0, $"{article.Path} has no {key}");
            }

            var lines = await File.ReadAllLinesAsync(Path.Combine(RepoPaths.Content, article.Path), TestContext.Current.CancellationToken);
            Assert.True(OutsideCode(lines).Count(l => l.StartsWith("# ", StringComparison.Ordinal)) == 1, $"{article.Path} needs exactly one H1");
        }
    }

    [Fact]
    public async Task EveryArticleHasANextStepThatResolvesInsideTheGuide()
    {
        var guide = await LoadAsync();

        foreach (var article in guide.Articles)
        {
            Assert.True(article.NextStep?.ArticlePath is not null, $"{article.Path} has no next step inside the guide");
            Assert.NotNull(guide.FindArticle(article.NextStep!.ArticlePath!));
        }
    }

    [Fact]
    public async Task EveryInternalLinkAndAnchorResolves()
    {
        var guide = await LoadAsync();
        var internalLinks = guide.Articles.SelectMany(a => a.Links.Select(l => (a.Path, Link: l))).Where(x => x.Link.ArticlePath is not null).ToList();

        Assert.NotEmpty(internalLinks);
        Assert.All(internalLinks, x => Assert.True(
            guide.FindSection(x.Link.SectionId!) is not null,
            $"{x.Path} links to {x.Link.SectionId}, which does not exist"));
    }

    [Fact]
    public async Task EveryMappingTableHasTheThreeColumns()
    {
        var guide = await LoadAsync();
        var headers = new List<(string File, string Header)>();
        foreach (var article in guide.Articles)
        {
            var lines = await File.ReadAllLinesAsync(Path.Combine(RepoPaths.Content, article.Path), TestContext.Current.CancellationToken);
            headers.AddRange(lines.Zip(lines.Skip(1))
                .Where(pair => pair.First.StartsWith('|') && pair.Second.TrimStart('|', ' ').StartsWith("---", StringComparison.Ordinal))
                .Select(pair => pair.First.Trim())
                .Where(header => header.Contains("| AWS service", StringComparison.Ordinal))
                .Select(header => (article.Path, header)));
        }

        Assert.True(headers.Count >= 14, $"{headers.Count} mapping tables");
        Assert.All(headers, h => Assert.True(h.Header == "| AWS service | Azure service | Notes |", $"{h.File}: {h.Header}"));
        Assert.All(guide.Articles.Where(a => a.Kind == ArticleKind.Service), a =>
            Assert.Contains(guide.Mappings, m => m.ArticlePath == a.Path));
        Assert.All(guide.Mappings.Where(m => m.SectionId.EndsWith("#service-mapping", StringComparison.Ordinal)), m =>
            Assert.False(string.IsNullOrWhiteSpace(m.Note), $"{m.SectionId}: {m.AwsService} has no note"));
    }

    [Fact]
    public async Task AtLeastEightyDistinctAwsServicesAreMapped()
    {
        var guide = await LoadAsync();
        var services = guide.Mappings
            .Where(m => m.SectionId.EndsWith("#service-mapping", StringComparison.Ordinal))
            .Select(m => m.AwsService.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        Assert.True(services.Count >= 80, $"{services.Count} distinct AWS services mapped");
        Assert.All(guide.Mappings, m => Assert.False(string.IsNullOrWhiteSpace(m.AzureService), m.AwsService));
    }

    [Fact]
    public async Task EveryArticleCitesLearnPagesUnderLearnMore()
    {
        var guide = await LoadAsync();

        foreach (var article in guide.Articles)
        {
            var lines = OutsideCode(await File.ReadAllLinesAsync(Path.Combine(RepoPaths.Content, article.Path), TestContext.Current.CancellationToken)).ToList();
            var start = lines.FindIndex(l => l.Trim() == "## Learn more");
            Assert.True(start >= 0, $"{article.Path} has no Learn more section");
            var section = lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
            var urls = section.SelectMany(l => LinkTarget().Matches(l)).Select(m => m.Groups["url"].Value).ToList();
            Assert.True(urls.Count > 0, $"{article.Path}: Learn more lists no link");
            Assert.All(urls, url => Assert.StartsWith("https://learn.microsoft.com/", url, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task StepChecklistsAreShortEnoughForCards()
    {
        var guide = await LoadAsync();

        foreach (var step in guide.Journey)
        {
            var checklist = guide.FindArticle(step.ArticlePath)!.Sections.Single(s => s.Heading == "Checklist");
            var items = checklist.Blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();
            Assert.InRange(items.Count, 5, 15);
            Assert.All(items, item => Assert.True(item.Text.Length <= 80, $"{step.ArticlePath}: '{item.Text}'"));
        }
    }

    /// <summary>The lines that are not inside fenced code blocks.</summary>
    private static IEnumerable<string> OutsideCode(IEnumerable<string> lines)
    {
        var inCode = false;
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }

            if (!inCode)
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"\]\((?<url>[^)\s]+)\)")]
    private static partial Regex LinkTarget();
}
