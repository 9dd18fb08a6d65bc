using MigrationBot.Guide.Parsing;

namespace MigrationBot.Guide.Tests.Parsing;

public sealed class GuideLoaderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NextStepIsTheNextArticleInTheTocAcrossNestedTocs()
    {
        var guide = await GuideFixtures.LoadAsync("toc");

        Assert.Equal(["start.md", "second.md", "sub/third.md", "orphan.md"], guide.Articles.Select(a => a.Path));
        Assert.Equal("second.md", guide.FindArticle("start.md")!.NextStep!.ArticlePath);
        Assert.Equal("http://localhost:3978/guide/second", guide.FindArticle("start.md")!.NextStep!.Url);
        Assert.Equal("sub/third.md", guide.FindArticle("second.md")!.NextStep!.ArticlePath);
        Assert.Null(guide.FindArticle("sub/third.md")!.NextStep);
        Assert.Null(guide.FindArticle("orphan.md")!.NextStep);
    }

    [Fact]
    public async Task TocKeepsLandingPagesNestedTocsAndOutsideLinksAsEntries()
    {
        var guide = await GuideFixtures.LoadAsync("toc");

        Assert.Equal(["Overview", "Start here", "Steps", "On Learn", "Elsewhere", "Another docset", "Missing article", "Missing nested toc"], guide.Toc.Select(e => e.Name));
        Assert.Equal("index.yml", guide.Toc[0].Href);
        Assert.Null(guide.Toc[0].ArticlePath);
        Assert.Equal("second.md", guide.Toc[2].Items[0].ArticlePath);
        var nested = Assert.Single(guide.Toc[2].Items[1].Items);
        Assert.Equal(("Third, from the nested toc", "sub/third.md"), (nested.Name, nested.ArticlePath));
        Assert.Equal("Overview", guide.Settings.Title);
    }

    [Fact]
    public async Task MissingTocTargetsAreErrorsAndUnlistedArticlesWarnings()
    {
        var guide = await GuideFixtures.LoadAsync("toc");

        Assert.Equal(["18 MB006", "20 MB006"], guide.Codes("toc.yml"));
        Assert.Equal(["1 MB022"], guide.Codes("orphan.md"));
        Assert.Equal(3, guide.Diagnostics.Count);
    }

    [Fact]
    public async Task BrokenTocIsAnErrorWithItsLineAndArticlesStillLoad()
    {
        var guide = await GuideFixtures.LoadAsync("bad-toc");

        Assert.Equal(["3 MB007"], guide.Codes("toc.yml"));
        Assert.Single(guide.Diagnostics);
        Assert.Equal("start.md", Assert.Single(guide.Articles).Path);
        Assert.Empty(guide.Toc);
    }

    [Fact]
    public async Task GuideWithNoArticleIsAnError()
    {
        var guide = await GuideFixtures.LoadAsync("empty");

        Assert.Empty(guide.Articles);
        var error = Assert.Single(guide.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, DiagnosticCodes.NoArticles), (error.Severity, error.Code));
        Assert.Contains("has no article", error.Message, StringComparison.Ordinal);
        Assert.True(guide.HasErrors);
    }

    [Fact]
    public async Task LearnWorkloadSeriesInfersPlanPrepareExecuteEvaluateDecommission()
    {
        var guide = await GuideFixtures.LoadAsync("journey-inferred");

        Assert.Equal(["Plan", "Prepare", "Execute", "Evaluate", "Decommission"], guide.Journey.Select(s => s.Name));
        Assert.Equal([1, 2, 3, 4, 5], guide.Journey.Select(s => s.Number));
        Assert.Equal("migrate-workload-from-aws-execute.md", guide.Journey[2].ArticlePath);
        var execute = guide.FindArticle("migrate-workload-from-aws-execute.md")!;
        Assert.Equal((ArticleKind.Step, 3, "Execute"), (execute.Kind, execute.StepNumber, execute.StepName));
    }

    [Fact]
    public async Task ArticlesAboutOneAreaAreServiceGuidesEvenWhenTheyLeadWithMigrate()
    {
        var guide = await GuideFixtures.LoadAsync("journey-inferred");

        Assert.Equal(
            [("migrate-compute-from-aws.md", "Compute"), ("migrate-databases-from-aws.md", "Databases"), ("migrate-storage-from-aws.md", "Storage")],
            guide.Articles.Where(a => a.Kind == ArticleKind.Service).Select(a => (a.Path, a.Area!)));
        Assert.Equal(
            ["index.md", "migrate-workload-from-aws-introduction.md", "reference-architecture.md"],
            guide.Articles.Where(a => a.Kind == ArticleKind.Article).Select(a => a.Path));
        Assert.All(guide.Articles.Where(a => a.Kind != ArticleKind.Step), a => Assert.Null(a.StepNumber));
    }

    [Fact]
    public async Task WithoutATocStepsFollowTheLifecycleLeadToEachOtherAndTheHubNamesTheGuide()
    {
        var guide = await GuideFixtures.LoadAsync("journey-no-toc");

        Assert.Equal(
            [(1, "Assess", "a-assess-the-estate.md"), (2, "Plan", "d-plan-landing-zone.md"), (3, "Migrate", "c-migrate-apps.md"), (4, "Optimize", "b-optimize-spend.md")],
            guide.Journey.Select(s => (s.Number, s.Name, s.ArticlePath)));
        Assert.Equal(2, guide.FindArticle("d-plan-landing-zone.md")!.StepNumber);
        Assert.Equal("Leaving the old cloud: overview", guide.Settings.Title);
        Assert.Equal("index.md", guide.Articles[0].Path);
        Assert.Equal("a-assess-the-estate.md", guide.FindArticle("index.md")!.NextStep!.ArticlePath);
        Assert.Equal("c-migrate-apps.md", guide.FindArticle("d-plan-landing-zone.md")!.NextStep!.ArticlePath);
        Assert.Null(guide.FindArticle("b-optimize-spend.md")!.NextStep);
        Assert.Null(guide.FindArticle("e-storage.md")!.NextStep);
        Assert.Equal((ArticleKind.Service, "Storage"), (guide.FindArticle("e-storage.md")!.Kind, guide.FindArticle("e-storage.md")!.Area));
        Assert.Empty(guide.Diagnostics);
    }

    [Fact]
    public async Task DeclaredJourneyWinsOverInferenceAndAreas()
    {
        var guide = await GuideFixtures.LoadAsync("journey-declared");

        Assert.Equal([(1, "Assess", "assess.md"), (2, "Move the data", "services/migrate-storage.md")], guide.Journey.Select(s => (s.Number, s.Name, s.ArticlePath)));
        Assert.Equal(ArticleKind.Step, guide.FindArticle("services/migrate-storage.md")!.Kind);
        Assert.Null(guide.FindArticle("services/migrate-storage.md")!.Area);
        Assert.Equal(ArticleKind.Article, guide.FindArticle("plan-budget.md")!.Kind);
        Assert.Equal(ArticleKind.Article, guide.FindArticle("prepare-network.md")!.Kind);
        Assert.Equal((ArticleKind.Service, "Compute"), (guide.FindArticle("services/compute.md")!.Kind, guide.FindArticle("services/compute.md")!.Area));
        Assert.Equal(["10 MB009"], guide.Codes("guide.yml"));
    }

    [Fact]
    public async Task DeclaredBaseUrlAndSiteRootResolveLinks()
    {
        var guide = await GuideFixtures.LoadAsync("journey-declared");

        Assert.Equal(new GuideSettings("Declared journey", "https://example.org/docs/", "https://docs.example.org", true), guide.Settings);
        var links = guide.FindArticle("assess.md")!.Links;
        Assert.Equal(
            ["https://example.org/docs/services/migrate-storage#tiers", "https://docs.example.org/azure/"],
            links.Select(l => l.Url));
        Assert.Equal("services/migrate-storage.md#tiers", links[0].SectionId);
        Assert.Equal("https://example.org/docs/services/migrate-storage#tiers", guide.FindSection("services/migrate-storage.md#tiers")!.Url);
    }

    [Fact]
    public async Task WithoutADeclaredBaseUrlTheOptionsBaseUrlIsUsed()
    {
        var guide = await GuideFixtures.LoadAsync("toc", new GuideLoadOptions("https://bot.example.com/guide", "https://learn.example.com/"));

        Assert.Equal(new GuideSettings("Overview", "https://bot.example.com/guide/", "https://learn.example.com", false), guide.Settings);
        Assert.Equal("https://bot.example.com/guide/sub/third", guide.FindArticle("sub/third.md")!.Url);
    }

    [Fact]
    public async Task BadSettingsValuesAreErrorsAndFallBackToTheOptions()
    {
        var guide = await GuideFixtures.LoadAsync("bad-settings");

        Assert.Equal(["2 MB008", "4 MB008", "6 MB009"], guide.Codes("guide.yml"));
        Assert.Equal(GuideLoadOptions.DefaultBaseUrl, guide.Settings.BaseUrl);
        Assert.False(guide.Settings.DeclaresBaseUrl);
        Assert.Empty(guide.Journey);
    }

    [Fact]
    public async Task TocGroupsNamedByStepsAreTheJourneyEachLedByItsFirstArticle()
    {
        static string Article(string title) => $"---\ntitle: {title}\ndescription: Text.\n---\n\n# {title}\n\nText.\n";
        using var folder = new TemporaryGuide()
            .With("index.md", Article("Move a data platform"))
            .With("plan/inventory.md", Article("Inventory the estate"))
            .With("plan/design.md", Article("Design security"))
            .With("migrate/data.md", Article("Move data into the lake"))
            .With("migrate/hadoop.md", Article("Migrate Hadoop workloads"))
            .With("operate/run.md", Article("Operate the new platform"))
            .With("reference/faq.md", Article("Data platform FAQ"))
            .With("toc.yml", """
                - name: Move a data platform
                  href: index.md
                - name: Plan
                  items:
                    - name: Inventory
                      href: plan/inventory.md
                    - name: Design
                      href: plan/design.md
                - name: Migrate
                  items:
                    - name: Workloads
                      items:
                        - name: Data
                          href: migrate/data.md
                        - name: Hadoop
                          href: migrate/hadoop.md
                - name: Operate
                  items:
                    - name: Run
                      href: operate/run.md
                - name: Reference
                  items:
                    - name: FAQ
                      href: reference/faq.md
                """);

        var guide = await GuideLoader.LoadAsync(folder.Root, new GuideLoadOptions(), Token);

        Assert.Equal(
            [(1, "Plan", "plan/inventory.md"), (2, "Migrate", "migrate/data.md"), (3, "Operate", "operate/run.md")],
            guide.Journey.Select(s => (s.Number, s.Name, s.ArticlePath)));
        Assert.Equal(ArticleKind.Article, guide.FindArticle("plan/design.md")!.Kind);
        Assert.Equal(ArticleKind.Article, guide.FindArticle("reference/faq.md")!.Kind);
        Assert.Null(guide.FindArticle("reference/faq.md")!.Area);
    }

    [Fact]
    public async Task StepGroupsNestedUnderOtherGroupsAreTheJourney()
    {
        static string Article(string title) => $"---\ntitle: {title}\ndescription: Text.\n---\n\n# {title}\n\nText.\n";
        using var folder = new TemporaryGuide()
            .With("concepts/sizing.md", Article("Cluster sizing"))
            .With("concepts/network.md", Article("Network design"))
            .With("how-to/assess.md", Article("Assess the source clusters"))
            .With("how-to/run.md", Article("Run the cluster"))
            .With("toc.yml", """
                - name: Concepts
                  items:
                    - name: Plan
                      items:
                        - name: Sizing
                          href: concepts/sizing.md
                    - name: Design
                      items:
                        - name: Network
                          href: concepts/network.md
                - name: How-to guides
                  items:
                    - name: Migrate
                      items:
                        - name: Assess
                          href: how-to/assess.md
                    - name: Run
                      items:
                        - name: Run
                          href: how-to/run.md
                """);

        var guide = await GuideLoader.LoadAsync(folder.Root, new GuideLoadOptions(), Token);

        Assert.Equal(
            [(1, "Plan", "concepts/sizing.md"), (2, "Design", "concepts/network.md"), (3, "Migrate", "how-to/assess.md")],
            guide.Journey.Select(s => (s.Number, s.Name, s.ArticlePath)));
    }

    [Fact]
    public async Task InferredStepsNameEachStepOnceAtItsFirstArticle()
    {
        static string Article(string title) => $"---\ntitle: {title}\ndescription: Text.\n---\n\n# {title}\n\nText.\n";
        using var folder = new TemporaryGuide()
            .With("a.md", Article("Plan the move"))
            .With("b.md", Article("Migrate Hadoop workloads"))
            .With("c.md", Article("Migrate ETL pipelines"))
            .With("d.md", Article("Cut over and retire the old platform"))
            .With("toc.yml", "- name: A\n  href: a.md\n- name: B\n  href: b.md\n- name: C\n  href: c.md\n- name: D\n  href: d.md\n");

        var guide = await GuideLoader.LoadAsync(folder.Root, new GuideLoadOptions(), Token);

        Assert.Equal(
            [(1, "Plan", "a.md"), (2, "Migrate", "b.md"), (3, "Cut over", "d.md")],
            guide.Journey.Select(s => (s.Number, s.Name, s.ArticlePath)));
        Assert.Equal(ArticleKind.Article, guide.FindArticle("c.md")!.Kind);
    }

    [Fact]
    public async Task InvalidYamlInGuideSettingsIsAnErrorWithItsLine()
    {
        using var folder = new TemporaryGuide()
            .With("guide.yml", "title: Broken\njourney:\n  - name: Plan\n    article: [plan.md\n")
            .With("plan.md", "---\ntitle: Plan the move\ndescription: Text.\n---\n\nText.\n");

        var guide = await GuideLoader.LoadAsync(folder.Root, new GuideLoadOptions(), Token);

        var error = Assert.Single(guide.Diagnostics);
        Assert.Equal(("guide.yml", DiagnosticCodes.InvalidSettings, DiagnosticSeverity.Error), (error.File, error.Code, error.Severity));
        Assert.InRange(error.Line, 4, 5);
        Assert.Equal("Plan", Assert.Single(guide.Journey).Name);
    }

    [Fact]
    public async Task UnreadableFilesAreErrorsAndTheRestLoads()
    {
        using var folder = new TemporaryGuide()
            .With("good.md", "---\ntitle: Good\ndescription: Loads.\n---\n\nText.\n")
            .WithBytes("latin1.md", [0x54, 0x65, 0x78, 0x74, 0xE9, 0x0A]);
        File.CreateSymbolicLink(Path.Combine(folder.Root, "dangling.md"), Path.Combine(folder.Root, "nowhere.md"));

        var guide = await GuideLoader.LoadAsync(folder.Root, new GuideLoadOptions(), Token);

        Assert.Equal("good.md", Assert.Single(guide.Articles).Path);
        Assert.Equal(["0 MB001"], guide.Codes("latin1.md"));
        Assert.Equal(["0 MB001"], guide.Codes("dangling.md"));
        Assert.Contains("not UTF-8", guide.Diagnostics.Single(d => d.File == "latin1.md").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynonymsAndAContentHashThatFollowsTheFilesAreKept()
    {
        using var folder = new TemporaryGuide()
            .With("a.md", "---\ntitle: A\ndescription: A.\n---\n\nText.\n")
            .With("synonyms.txt", "s3, blob storage\n");

        var first = await GuideLoader.LoadAsync(folder.Root, new GuideLoadOptions(), Token);
        var same = await GuideLoader.LoadAsync(folder.Root, new GuideLoadOptions(), Token);
        folder.With("a.md", "---\ntitle: A\ndescription: A.\n---\n\nOther text.\n");
        var changed = await GuideLoader.LoadAsync(folder.Root, new GuideLoadOptions(), Token);

        Assert.Equal("s3, blob storage\n", first.Synonyms);
        Assert.Equal(first.ContentHash, same.ContentHash);
        Assert.NotEqual(first.ContentHash, changed.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", first.ContentHash);
    }

    [Fact]
    public async Task MissingFolderThrowsAndNullArgumentsThrow()
    {
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => GuideLoader.LoadAsync(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), new GuideLoadOptions(), Token));
        await Assert.ThrowsAsync<ArgumentNullException>(() => GuideLoader.LoadAsync(null!, new GuideLoadOptions(), Token));
        await Assert.ThrowsAsync<ArgumentNullException>(() => GuideLoader.LoadAsync(Path.GetTempPath(), null!, Token));
    }
}
