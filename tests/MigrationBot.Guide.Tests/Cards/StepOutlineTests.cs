using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

public sealed class StepOutlineTests
{
    [Fact]
    public void ShippedHeadingsGiveChecklistOutputsAndTools()
    {
        var outline = StepOutline.From(CardTestGuide.Guide.FindArticle("journey/assess.md")!);

        Assert.Equal("What assess the workloads covers.", outline.Purpose);
        Assert.Equal(["Every workload has an owner (Assess)", "Dependencies are mapped", "The cutover window is agreed"], outline.Checklist.Select(i => i.Text));
        Assert.Equal(["A workload inventory", "A decision log"], outline.Outputs);
        Assert.Equal(["Azure Migrate - Discovery and assessment", "Azure Cost Management - Cost baseline"], outline.Tools);
    }

    [Fact]
    public void WithoutDescriptionTheGoalsSayWhatTheStepIsFor()
    {
        var article = CardTestGuide.Guide.FindArticle("journey/assess.md")! with { Description = null };

        Assert.Equal("Know what the assess step must settle before the next one starts.", StepOutline.From(article).Purpose);
    }

    [Fact]
    public void LongToolDescriptionsAreCutAtAWord()
    {
        var article = CardTestGuide.Guide.FindArticle("journey/assess.md")!;
        var tools = new GuideSection("journey/assess.md#tools", article.Path, "Tools", ["Tools"], "tools", 2, 5,
            [new SectionBlock(BlockKind.Paragraph, string.Join(' ', Enumerable.Repeat("Azure Migrate discovers servers.", 20)))], "", article.Url);

        var tool = Assert.Single(StepOutline.From(article with { Sections = [tools] }).Tools);

        Assert.InRange(tool.Length, 100, StepOutline.MaxItemLength);
        Assert.EndsWith("\u2026", tool, StringComparison.Ordinal);
    }

    [Fact]
    public void ActivitiesBecomeTheChecklistWhenThereIsNoChecklistSection()
    {
        var article = CardTestGuide.Guide.FindArticle("journey/assess.md")!;
        var withoutChecklist = article with { Sections = [.. article.Sections.Where(s => s.Heading != "Checklist")] };

        var outline = StepOutline.From(withoutChecklist);

        Assert.Equal(
            ["Inventory the AWS accounts in scope for assess", "Record owners and service levels", "Agree on the target landing zone"],
            outline.Checklist.Select(i => i.Text));
    }

    [Fact]
    public void LearnStyleArticleUsesItsDescriptionAndItsHeadingsAsTheChecklist()
    {
        var outline = StepOutline.From(CardTestGuide.Guide.FindArticle("learn/plan.md")!);

        Assert.Equal("Turn the assessment into a plan.", outline.Purpose);
        Assert.Equal(["Prioritize workloads", "Define the migration waves"], outline.Checklist.Select(i => i.Text));
        Assert.Empty(outline.Outputs);
        Assert.Empty(outline.Tools);
    }

    [Fact]
    public void ChecklistIdsAreUniqueEvenWhenItemsRepeat()
    {
        var article = CardTestGuide.Guide.FindArticle("journey/assess.md")!;
        var checklist = article.Sections.Single(s => s.Heading == "Checklist");
        var repeated = checklist with { Blocks = [.. checklist.Blocks, .. checklist.Blocks] };

        var outline = StepOutline.From(article with { Sections = [repeated] });

        Assert.Equal(3, outline.Checklist.Count);
        Assert.Equal(3, outline.Checklist.Select(i => i.Id).Distinct().Count());
    }
}
