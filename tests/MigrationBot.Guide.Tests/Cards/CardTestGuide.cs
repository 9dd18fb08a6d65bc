using MigrationBot.Guide.Answering;

namespace MigrationBot.Guide.Tests.Cards;

/// <summary>
/// A small guide built from the model records: a hub, five journey steps with the shipped guide's headings,
/// a Learn-style step with other headings, and a storage service guide with a mapping table.
/// </summary>
internal static class CardTestGuide
{
    public const string BaseUrl = "https://guide.example.com/";

    public static MigrationGuide Guide { get; } = Build();

    /// <summary>An answer whose best section is <paramref name="sectionId"/>, as the answerer would give it.</summary>
    public static Answer AnswerFor(string question, string sectionId, IReadOnlyList<string>? summary = null, IReadOnlyList<string>? related = null)
    {
        var best = Find(sectionId);
        var mappings = Guide.Mappings.Where(m => m.SectionId == sectionId).ToList();
        var relatedSections = (related ?? []).Select(Find).ToList();
        return new Answer(
            question,
            Declined: false,
            best,
            summary ?? [.. best.Section.Blocks.Where(b => b.Kind != BlockKind.TableRow).Take(3).Select(b => b.Text)],
            mappings,
            best.Article.NextStep,
            relatedSections,
            Closest: [],
            Results: [best, .. relatedSections]);
    }

    /// <summary>A declined answer offering the given sections as the closest topics.</summary>
    public static Answer Declined(string question, params string[] closest)
    {
        var sections = closest.Select(Find).ToList();
        return new Answer(question, Declined: true, Best: null, Summary: [], Mappings: [], NextStep: null, Related: [], Closest: sections, Results: []);
    }

    public static AnswerSection Find(string sectionId)
    {
        var section = Guide.FindSection(sectionId) ?? throw new ArgumentException($"No section {sectionId}.", nameof(sectionId));
        return new AnswerSection(Guide.FindArticle(section.ArticlePath)!, section, 1);
    }

    private static MigrationGuide Build()
    {
        string[] steps = ["assess", "design", "prepare", "migrate", "evaluate"];
        string[] names = ["Assess", "Design", "Prepare", "Migrate", "Evaluate"];
        var articles = new List<GuideArticle>
        {
            Article("index.md", "Move from AWS to Azure", ArticleKind.Article, null, null, null, null,
                Intro("index.md", "Five steps take a workload from AWS to Azure: assess, design, prepare, migrate and evaluate."),
                Section("index.md", "How to use this guide", "Start with the assessment and keep the checklist of each step.")),
        };

        for (var i = 0; i < steps.Length; i++)
        {
            var path = $"journey/{steps[i]}.md";
            var next = i + 1 < steps.Length ? Link($"journey/{steps[i + 1]}.md", $"{names[i + 1]} the workloads") : null;
            articles.Add(Article(path, $"{names[i]} the workloads", ArticleKind.Step, i + 1, names[i], null, next,
                Intro(path, $"The {names[i].ToLowerInvariant()} step of the journey."),
                Section(path, "Goals", $"Know what the {names[i].ToLowerInvariant()} step must settle before the next one starts."),
                Section(path, "Activities", null,
                    $"Inventory the AWS accounts in scope for {names[i].ToLowerInvariant()}",
                    "Record owners and service levels",
                    "Agree on the target landing zone"),
                Section(path, "Checklist", null,
                    $"Every workload has an owner ({names[i]})",
                    "Dependencies are mapped",
                    "The cutover window is agreed"),
                Section(path, "Outputs", null, "A workload inventory", "A decision log"),
                Table(path, "Tools", "Tool | Use", "Azure Migrate | Discovery and assessment", "Azure Cost Management | Cost baseline"),
                Section(path, "Pitfalls", "Skipping owners leads to stalled cutovers."),
                Section(path, "Next step", "Continue with the next step of the journey.")));
        }

        articles.Add(Article("learn/plan.md", "Plan your migration", ArticleKind.Article, null, null, null, null,
            Intro("learn/plan.md", "Planning turns the assessment into a schedule."),
            Section("learn/plan.md", "Prioritize workloads", "Order the workloads by value and risk."),
            Section("learn/plan.md", "Define the migration waves", "Group workloads into waves."),
            Section("learn/plan.md", "Next steps", "Prepare the landing zone.")) with { Description = "Turn the assessment into a plan." });

        var storage = "services/storage.md";
        articles.Add(Article(storage, "Storage services", ArticleKind.Service, null, null, "Storage", Link("journey/migrate.md", "Migrate the workloads"),
            Intro(storage, "Most AWS storage services have a direct Azure counterpart."),
            Table(storage, "Object storage", "AWS service | Azure service | Notes",
                "Amazon S3 | Azure Blob Storage | Containers play the role of buckets",
                "Amazon S3 Glacier | Azure Blob Storage archive tier | Rehydration takes hours"),
            Section(storage, "Blob storage tiers", null,
                "Hot suits data read every day",
                "Cool suits data kept for at least 30 days",
                "Archive suits data kept for at least 180 days"),
            Section(storage, "Copy data with AzCopy", "AzCopy copies objects from S3 to Blob Storage without a staging server.")));

        var mappings = new List<ServiceMapping>
        {
            new("Amazon S3", "Azure Blob Storage", "Containers play the role of buckets", $"{storage}#object-storage", storage),
            new("Amazon S3 Glacier", "Azure Blob Storage archive tier", "Rehydration takes hours", $"{storage}#object-storage", storage),
        };
        var journey = steps.Select((s, i) => new JourneyStep(i + 1, names[i], $"journey/{s}.md")).ToList();
        var settings = new GuideSettings("AWS to Azure migration guide", BaseUrl, "https://learn.microsoft.com", DeclaresBaseUrl: false);
        return new MigrationGuide("/content", settings, articles, [], journey, mappings, null, [], "test");
    }

    private static GuideArticle Article(
        string path, string title, ArticleKind kind, int? step, string? stepName, string? area, GuideLink? next, params GuideSection[] sections) =>
        new(path, title, $"What {title.ToLowerInvariant()} covers.", "11/20/2026", null, new Dictionary<string, string>(), BaseUrl + path[..^3],
            kind, step, stepName, area, sections, next, []);

    private static GuideLink Link(string path, string title) => new(title, BaseUrl + path[..^3], path);

    private static GuideSection Intro(string path, string text) =>
        new(path, path, null, [], null, 1, 1, [new SectionBlock(BlockKind.Paragraph, text)], text, BaseUrl + path[..^3]);

    private static GuideSection Section(string path, string heading, string? paragraph, params string[] items)
    {
        var blocks = new List<SectionBlock>();
        if (paragraph is not null)
        {
            blocks.Add(new SectionBlock(BlockKind.Paragraph, paragraph));
        }

        blocks.AddRange(items.Select(i => new SectionBlock(BlockKind.ListItem, i)));
        return Make(path, heading, blocks);
    }

    private static GuideSection Table(string path, string heading, params string[] rows) =>
        Make(path, heading, [.. rows.Select(r => new SectionBlock(BlockKind.TableRow, r))]);

    private static GuideSection Make(string path, string heading, List<SectionBlock> blocks)
    {
        var anchor = heading.ToLowerInvariant().Replace(' ', '-');
        return new GuideSection($"{path}#{anchor}", path, heading, [heading], anchor, 2, 10, blocks,
            string.Join(" ", blocks.Select(b => b.Text)), $"{BaseUrl}{path[..^3]}#{anchor}");
    }
}
