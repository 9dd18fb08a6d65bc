using System.Text.Json.Nodes;
using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

public sealed class CardJsonTests
{
    [Fact]
    public void CardStartsWithTypeSchemaAndVersion15()
    {
        var json = CardJson.Serialize(new AdaptiveCard([new TextBlock("Hi")], []));

        Assert.StartsWith("{\"type\":\"AdaptiveCard\",\"$schema\":\"http://adaptivecards.io/schemas/adaptive-card.json\",\"version\":\"1.5\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ElementsAndActionsCarryTheirAdaptiveCardsTypeNames()
    {
        var card = new AdaptiveCard(
            [
                new TextBlock("a"),
                new RichTextBlock([new TextRun("b")]),
                new FactSet([new Fact("c", "d")]),
                new Container([new ColumnSet([new Column(Column.Auto, [new ToggleInput("e") { Id = "chk-1" }])])]),
                new ActionSet([new OpenUrlAction("f", "https://example.com")]),
            ],
            [new SubmitAction("g", new ShowJourneyData()), new ShowCardAction("h", new AdaptiveCard([], []))]);

        var types = new CardTree(card).Objects.Select(o => (string?)o["type"]).OfType<string>().ToList();

        Assert.Equal(
            ["AdaptiveCard", "TextBlock", "RichTextBlock", "TextRun", "FactSet", "Container", "ColumnSet", "Column", "Input.Toggle",
             "ActionSet", "Action.OpenUrl", "Action.Submit", "Action.ShowCard", "AdaptiveCard"],
            types);
    }

    [Fact]
    public void UnsetPropertiesAreLeftOutAndEnumsAreCamelCaseNames()
    {
        var json = CardJson.Serialize(new AdaptiveCard([new TextBlock("a") { Size = TextSize.ExtraLarge, Style = TextBlockStyle.Heading }], []));
        var block = JsonNode.Parse(json)!["body"]![0]!.AsObject();

        Assert.Equal(["type", "text", "style", "size", "wrap"], block.Select(p => p.Key));
        Assert.Equal("extraLarge", (string?)block["size"]);
        Assert.Equal("heading", (string?)block["style"]);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmitDataIsWrittenWithItsActionName()
    {
        var json = CardJson.Serialize(new AdaptiveCard([], [new SubmitAction("Next", new ShowStepData(4)) { AssociatedInputs = AssociatedInputs.None }]));

        Assert.Contains("{\"type\":\"Action.Submit\",\"title\":\"Next\",\"data\":{\"action\":\"step\",\"step\":4},\"associatedInputs\":\"none\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToElementGivesTheSameJsonAsSerialize()
    {
        var card = CardSamples.Welcome().Card;

        Assert.Equal(CardJson.Serialize(card), CardJson.ToElement(card).GetRawText());
    }
}
