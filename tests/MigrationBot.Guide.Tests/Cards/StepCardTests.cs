using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

public sealed class StepCardTests
{
    [Fact]
    public void StepCardShowsPurposeChecklistOutputsAndTools()
    {
        var tree = new CardTree(CardSamples.Step().Card);

        Assert.Equal(
            ["Prepare the workloads", "What this step is for", "Checklist", "Outputs", "Tools"],
            tree.OfType("TextBlock").Where(t => (string?)t["style"] == "heading").Select(t => (string)t["text"]!));
        Assert.Equal(
            [ChecklistItem.Create("journey/prepare.md", "Every workload has an owner (Prepare)").Id,
             ChecklistItem.Create("journey/prepare.md", "Dependencies are mapped").Id,
             ChecklistItem.Create("journey/prepare.md", "The cutover window is agreed").Id],
            tree.OfType("Input.Toggle").Select(t => (string)t["id"]!));
    }

    [Fact]
    public void ButtonsOpenTheArticleTheNextStepAndTheJourneyWithoutSendingTheChecklist()
    {
        var card = CardSamples.Step().Card;

        Assert.Equal(["Read the full article", "Next step: Migrate", "Show the journey"], card.Actions.Select(a => a.Title));
        Assert.Equal(new ShowStepData(4), ((SubmitAction)card.Actions[1]).Data);
        Assert.All(card.Actions.OfType<SubmitAction>(), a => Assert.Equal(AssociatedInputs.None, a.AssociatedInputs));
    }

    [Fact]
    public void LastStepHasNoNextStep() =>
        Assert.DoesNotContain(
            StepCard.Build(CardTestGuide.Guide, 5, CardSamples.English).Card.Actions,
            a => a.Title.StartsWith("Next step", StringComparison.Ordinal));

    [Fact]
    public void EveryStepCardIsSmall() =>
        Assert.All(CardTestGuide.Guide.Journey, step =>
            Assert.InRange(ReplyEnvelope.For(StepCard.Build(CardTestGuide.Guide, step.Number, CardSamples.English)).Utf8Bytes(), 1, ReplyEnvelope.MaxBytes));

    [Fact]
    public void UnknownStepIsAClearError()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => StepCard.Build(CardTestGuide.Guide, 9, CardSamples.English));

        Assert.Contains("no journey step 9", error.Message, StringComparison.Ordinal);
    }
}
