using MigrationBot.Guide.Parsing;

namespace MigrationBot.Guide.Tests.Parsing;

/// <summary>
/// The loader over <c>TestData/Guides/learn-docset</c>, a small Google Cloud to Azure docset laid out like a Learn
/// repository: landing page, nested toc, includes folder, alerts, tabs, zones, images, comments, mapping tables and
/// next-step blocks.
/// </summary>
public sealed class GuideLoaderLearnDocsetTests
{
    private static readonly Lazy<Task<MigrationGuide>> Docset = new(() => GuideLoader.LoadAsync(
        Path.Combine(AppContext.BaseDirectory, "TestData", "Guides", "learn-docset"),
        new GuideLoadOptions("https://docs.example.org/gcp/"),
        CancellationToken.None));

    [Fact]
    public async Task JourneyIsInferredFromTheStepTitlesInTocOrder()
    {
        var guide = await Docset.Value;

        Assert.Equal(
            [(1, "Plan", "journey/plan.md"), (2, "Prepare", "journey/prepare.md"), (3, "Execute", "journey/execute.md"), (4, "Evaluate", "journey/evaluate.md"), (5, "Decommission", "journey/decommission.md")],
            guide.Journey.Select(s => (s.Number, s.Name, s.ArticlePath)));
    }

    [Fact]
    public async Task EveryArticleIsAStepAServiceGuideOrOtherAndIncludesAreNotArticles()
    {
        var guide = await Docset.Value;

        Assert.Equal(
            [
                ("overview.md", ArticleKind.Article, null, null),
                ("journey/plan.md", ArticleKind.Step, 1, null),
                ("journey/prepare.md", ArticleKind.Step, 2, null),
                ("journey/execute.md", ArticleKind.Step, 3, null),
                ("journey/evaluate.md", ArticleKind.Step, 4, null),
                ("journey/decommission.md", ArticleKind.Step, 5, null),
                ("services/migrate-compute.md", ArticleKind.Service, null, "Compute"),
                ("services/migrate-storage.md", ArticleKind.Service, null, "Storage"),
                ("glossary.md", ArticleKind.Article, null, null),
            ],
            guide.Articles.Select(a => (a.Path, a.Kind, a.StepNumber, a.Area)));
    }

    [Fact]
    public async Task TheOnlyDiagnosticsAreTheGlossaryWarnings()
    {
        var guide = await Docset.Value;

        Assert.Equal(
            [$"glossary.md:1: warning {DiagnosticCodes.MissingDescription}", $"glossary.md:1: warning {DiagnosticCodes.NotInToc}"],
            guide.Diagnostics.Select(d => $"{d.File}:{d.Line}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}"));
        Assert.False(guide.HasErrors);
    }

    [Fact]
    public async Task OnlyTheAwsTableIsAMappingTable()
    {
        var guide = await Docset.Value;

        Assert.Equal(
            [
                new ServiceMapping("Amazon EC2", "Azure Virtual Machines", "Compare vCPU and memory per size.", "services/migrate-compute.md#if-you-also-run-on-aws", "services/migrate-compute.md"),
                new ServiceMapping("AWS Fargate", "Azure Container Apps", "Serverless containers.", "services/migrate-compute.md#if-you-also-run-on-aws", "services/migrate-compute.md"),
            ],
            guide.Mappings);
        Assert.Contains("Compute Engine | Azure Virtual Machines | Machine families differ.", guide.FindSection("services/migrate-compute.md#service-comparison")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextStepIsTheExplicitActionElseTheNextArticleInTheToc()
    {
        var guide = await Docset.Value;

        var plan = guide.FindArticle("journey/plan.md")!.NextStep!;
        Assert.Equal(("Prepare your Azure environment", "https://docs.example.org/gcp/journey/prepare#build-the-landing-zone", "journey/prepare.md#build-the-landing-zone"), (plan.Title, plan.Url, plan.SectionId));
        Assert.Equal("journey/evaluate.md", guide.FindArticle("journey/execute.md")!.NextStep!.ArticlePath);
        Assert.Equal("services/migrate-compute.md", guide.FindArticle("journey/decommission.md")!.NextStep!.ArticlePath);
        Assert.Equal("journey/plan.md", guide.FindArticle("overview.md")!.NextStep!.ArticlePath);
        Assert.Null(guide.FindArticle("services/migrate-storage.md")!.NextStep);
    }

    [Fact]
    public async Task IncludedTextAlertsTabsZonesAndAltTextAreKeptAndCommentsDropped()
    {
        var guide = await Docset.Value;

        Assert.Contains("An Azure subscription where you hold the Owner role.", guide.FindSection("journey/plan.md")!.Text, StringComparison.Ordinal);
        Assert.Contains(new SectionBlock(BlockKind.Paragraph, "Three migration waves ordered by risk."), guide.FindSection("journey/plan.md#inventory-the-projects")!.Blocks);
        var landingZone = guide.FindSection("journey/prepare.md#build-the-landing-zone")!;
        Assert.Equal(new SectionBlock(BlockKind.Paragraph, "Deploy the landing zone before the first workload moves; retrofitting policy later costs more.", AlertKind.Important), landingZone.Blocks[0]);
        Assert.Contains("Select Create a resource group", landingZone.Text, StringComparison.Ordinal);
        Assert.Contains("Azure portal", landingZone.Text, StringComparison.Ordinal);
        Assert.Contains("Redeploy container images", guide.FindSection("journey/execute.md")!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(guide.Articles.SelectMany(a => a.Sections), s => s.Text.Contains("Reviewers", StringComparison.Ordinal) || s.Text.Contains("never see", StringComparison.Ordinal));
        Assert.Equal(AlertKind.Caution, guide.FindSection("journey/decommission.md")!.Blocks[^1].Alert);
    }

    [Fact]
    public async Task PlaceholderHeadingsAreNotSectionsAndSubsectionsCarryTheirPath()
    {
        var guide = await Docset.Value;
        var plan = guide.FindArticle("journey/plan.md")!;

        Assert.Equal(
            ["journey/plan.md", "journey/plan.md#inventory-the-projects", "journey/plan.md#choose-the-waves", "journey/plan.md#low-risk-first", "journey/plan.md#data-last", "journey/plan.md#next-steps"],
            plan.Sections.Select(s => s.Id));
        Assert.Equal(["Choose the waves", "Data last"], guide.FindSection("journey/plan.md#data-last")!.HeadingPath);
        Assert.Equal(("2026-02-02", "concept-article", "migration, google-cloud"), (DateTime.Parse(plan.Date!, System.Globalization.CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), plan.Topic, plan.Metadata["ms.custom"]));
    }

    [Fact]
    public async Task TocKeepsTheLandingPageTheNestedTocAndTheSiteRelativeEntry()
    {
        var guide = await Docset.Value;

        Assert.Equal(("index.yml", null), (guide.Toc[0].Href, guide.Toc[0].ArticlePath));
        Assert.Equal("Move from Google Cloud to Azure", guide.Settings.Title);
        Assert.Equal(["services/migrate-compute.md", "services/migrate-storage.md"], guide.Toc[3].Items.Select(i => i.ArticlePath));
        Assert.Equal(("/azure/migration/", null), (guide.Toc[4].Href, guide.Toc[4].ArticlePath));
        Assert.Equal("https://learn.microsoft.com/azure/virtual-machines/", guide.FindArticle("services/migrate-compute.md")!.Links[0].Url);
        Assert.Equal("https://docs.example.org/gcp/journey/plan#choose-the-waves", guide.FindArticle("services/migrate-storage.md")!.Links[0].Url);
    }
}
