using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

public sealed class WelcomeCardTests
{
    [Fact]
    public void ExampleQuestionsAreButtonsThatAskThem()
    {
        var tree = new CardTree(CardSamples.Welcome().Card);

        Assert.Equal("""{"action":"ask","question":"What replaces Amazon S3 on Azure?"}""", tree.SubmitData("What replaces Amazon S3 on Azure?").ToJsonString());
        Assert.Equal(3, tree.OfType("ActionSet").Count());
    }

    [Fact]
    public void CommandsAreListed()
    {
        var facts = new CardTree(CardSamples.Welcome().Card).OfType("FactSet").Single()["facts"]!.AsArray();

        Assert.Equal(["help", "steps", "step 2", "next", "more"], facts.Select(f => (string)f!["title"]!));
    }

    [Fact]
    public void CallerMayReplaceTheExamples()
    {
        var reply = WelcomeCard.Build(CardTestGuide.Guide, CardSamples.English, ["Where do Lambda functions go?", " ", "a", "b", "c", "d"]);

        var asks = new CardTree(reply.Card).OfType("Action.Submit").Select(a => (string)a["title"]!).Where(t => t != "Show the journey");

        Assert.Equal(["Where do Lambda functions go?", "a", "b", "c"], asks);
    }
}
