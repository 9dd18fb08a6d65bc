using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

public sealed class JourneyCardTests
{
    [Fact]
    public void EachStepIsARowThatOpensItsStepCard()
    {
        var tree = new CardTree(CardSamples.Journey().Card);

        var rows = tree.OfType("ColumnSet").Select(r => r["selectAction"]!).ToList();

        Assert.Equal(["Open step 1: Assess", "Open step 2: Design", "Open step 3: Prepare", "Open step 4: Migrate", "Open step 5: Evaluate"], rows.Select(a => (string)a["title"]!));
        Assert.Equal("""{"action":"step","step":5}""", rows[4]["data"]!.ToJsonString());
    }

    [Fact]
    public void GuideWithoutJourneySaysSo()
    {
        var guide = CardTestGuide.Guide with { Journey = [] };

        var reply = JourneyCard.Build(guide, CardSamples.English);

        Assert.Contains("does not describe the steps", new CardTree(reply.Card).MarkdownTexts.ElementAt(1), StringComparison.Ordinal);
        Assert.Empty(reply.Card.Actions);
    }
}
