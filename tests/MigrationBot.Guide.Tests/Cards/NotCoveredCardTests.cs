using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

public sealed class NotCoveredCardTests
{
    [Fact]
    public void CardSaysTheGuideDoesNotCoverTheQuestionAndQuotesItLiterally()
    {
        var tree = new CardTree(CardSamples.NotCovered().Card);

        Assert.Equal("Not covered by the guide", tree.MarkdownTexts.First());
        Assert.Equal(["The guide does not cover this question: ", CardSamples.HostileQuestion], tree.RunTexts);
    }

    [Fact]
    public void ClosestTopicsAreButtonsThatShowTheirSection()
    {
        var tree = new CardTree(CardSamples.NotCovered().Card);

        Assert.Equal("""{"action":"show","section":"services/storage.md#blob-storage-tiers"}""", tree.SubmitData("Storage services - Blob storage tiers").ToJsonString());
        Assert.Equal("""{"action":"show","section":"journey/assess.md#activities"}""", tree.SubmitData("Assess the workloads - Activities").ToJsonString());
    }

    [Fact]
    public void RephrasingTipsNameTheJourneySteps() =>
        Assert.Contains(
            "Ask about one step of the journey: Assess, Design, Prepare, Migrate, Evaluate.",
            new CardTree(CardSamples.NotCovered().Card).MarkdownTexts);

    [Fact]
    public void PlainTextNeverEchoesTheQuestion()
    {
        var reply = CardSamples.NotCovered();

        Assert.DoesNotContain("evil", reply.Text + reply.Summary + reply.Card.FallbackText + reply.Card.Speak, StringComparison.Ordinal);
        Assert.StartsWith("The guide does not cover that question.", reply.Text, StringComparison.Ordinal);
    }
}
