using System.Text.Json.Nodes;
using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

/// <summary>A card's serialized JSON, walked the way a client reads it.</summary>
internal sealed class CardTree
{
    public CardTree(AdaptiveCard card)
    {
        Root = JsonNode.Parse(CardJson.Serialize(card))!.AsObject();
    }

    public JsonObject Root { get; }

    /// <summary>Every JSON object in the card, the card itself included, depth first.</summary>
    public IEnumerable<JsonObject> Objects => Walk(Root);

    public IEnumerable<JsonObject> OfType(string type) => Objects.Where(o => (string?)o["type"] == type);

    /// <summary>Texts a client may apply Markdown to: text blocks, fact values and titles.</summary>
    public IEnumerable<string> MarkdownTexts =>
        OfType("TextBlock").Select(o => (string)o["text"]!)
            .Concat(OfType("FactSet").SelectMany(f => f["facts"]!.AsArray()).SelectMany(f => new[] { (string)f!["title"]!, (string)f!["value"]! }));

    public IEnumerable<string> RunTexts => OfType("TextRun").Select(o => (string)o["text"]!);

    /// <summary>Titles of every action, nested ones included.</summary>
    public IEnumerable<string> ActionTitles =>
        Objects.Where(o => ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true).Select(o => (string)o["title"]!);

    public int TopLevelActionCount => Root["actions"]?.AsArray().Count ?? 0;

    /// <summary>The <c>data</c> of the submit action with this title.</summary>
    public JsonNode SubmitData(string title) =>
        OfType("Action.Submit").Single(o => (string?)o["title"] == title)["data"]!;

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, value) in obj)
                {
                    foreach (var child in Walk(value))
                    {
                        yield return child;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var child in Walk(item))
                    {
                        yield return child;
                    }
                }

                break;
        }
    }
}
