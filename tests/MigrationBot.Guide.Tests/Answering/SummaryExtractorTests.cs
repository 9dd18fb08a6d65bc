using MigrationBot.Guide.Answering;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class SummaryExtractorTests
{
    private static readonly SummaryExtractor Extractor = new(text =>
        text.ToLowerInvariant().Split([' ', '.', ',', ':', '?'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void PicksTheMatchingSentencesAndKeepsTheirOrder()
    {
        var section = Section(
            new SectionBlock(BlockKind.Paragraph, "Plan the window early. Lower the dns ttl a day before. Tell the business."),
            new SectionBlock(BlockKind.Paragraph, "Keep a rollback plan ready. Check the dns records after the switch."));

        var summary = Extractor.Summarize(section, Weights("dns", "rollback"));

        Assert.Equal(["Lower the dns ttl a day before.", "Keep a rollback plan ready.", "Check the dns records after the switch."], summary);
    }

    [Fact]
    public void ListItemsStayWholeItems()
    {
        var section = Section(
            new SectionBlock(BlockKind.Paragraph, "Before the pilot:"),
            new SectionBlock(BlockKind.ListItem, "Run a lab for operators. It takes a day."),
            new SectionBlock(BlockKind.ListItem, "Pair each specialist with a mentor."),
            new SectionBlock(BlockKind.Code, "az group create --name lab"));

        var summary = Extractor.Summarize(section, Weights("lab", "operators"));

        Assert.Contains("Run a lab for operators. It takes a day.", summary);
        Assert.DoesNotContain(summary, s => s.StartsWith("az ", StringComparison.Ordinal));
    }

    [Fact]
    public void ASentenceThatIntroducesAListBringsItsItems()
    {
        var section = Section(
            new SectionBlock(BlockKind.Paragraph, "Yarn queues have no direct twin. Replace queues with:"),
            new SectionBlock(BlockKind.ListItem, "Cluster policies that cap size."),
            new SectionBlock(BlockKind.ListItem, "Separate pools per team."),
            new SectionBlock(BlockKind.Paragraph, "Review the limits each quarter."));

        var summary = Extractor.Summarize(section, Weights("replace", "queues"));

        Assert.Equal(["Yarn queues have no direct twin.", "Replace queues with:", "Cluster policies that cap size.", "Separate pools per team."], summary);
    }

    [Fact]
    public void ASentenceThatIntroducesAListIsDroppedWhenNoItemFits()
    {
        var longItem = "Cluster policies " + string.Join(' ', Enumerable.Repeat("that cap the size of every pool", 20)) + ".";
        var section = Section(
            new SectionBlock(BlockKind.Paragraph, "Queues differ on the new platform. Replace queues with:"),
            new SectionBlock(BlockKind.ListItem, longItem),
            new SectionBlock(BlockKind.Paragraph, "Queues get reviewed each quarter."));

        var summary = Extractor.Summarize(section, Weights("queues"));

        Assert.DoesNotContain("Replace queues with:", summary);
        Assert.Contains("Queues differ on the new platform.", summary);
    }

    [Fact]
    public void GivesAtLeastTwoUnitsEvenWhenNothingMatches()
    {
        var section = Section(new SectionBlock(BlockKind.Paragraph, "First point here. Second point here. Third point here."));

        var summary = Extractor.Summarize(section, Weights("zebra"));

        Assert.Equal(["First point here.", "Second point here."], summary);
    }

    [Fact]
    public void StaysWithinAboutSixHundredCharactersAndFiveUnits()
    {
        var sentences = Enumerable.Range(0, 30).Select(i => $"Sentence {i} talks about dns and more words to make it long enough to count.");
        var section = Section(new SectionBlock(BlockKind.Paragraph, string.Join(" ", sentences)));

        var summary = Extractor.Summarize(section, Weights("dns"));

        Assert.InRange(summary.Count, 2, 5);
        Assert.True(summary.Sum(s => s.Length) <= SummaryExtractor.MaxLength);
    }

    [Fact]
    public void OneVeryLongParagraphIsShortenedAtAWord()
    {
        var section = Section(new SectionBlock(BlockKind.Paragraph, string.Join(" ", Enumerable.Repeat("dns", 400))));

        var summary = Extractor.Summarize(section, Weights("dns"));

        var only = Assert.Single(summary);
        Assert.True(only.Length <= SummaryExtractor.MaxLength);
        Assert.EndsWith("…", only, StringComparison.Ordinal);
    }

    private static Dictionary<string, double> Weights(params string[] terms) => terms.ToDictionary(t => t, _ => 1.0);

    private static GuideSection Section(params SectionBlock[] blocks) =>
        new($"a.md#s{blocks.Length}{blocks[0].Text.Length}", "a.md", "S", ["S"], "s", 2, 1, blocks, string.Join("\n", blocks.Select(b => b.Text)), "https://x/a#s");
}
