using System.Text.Json;
using MigrationBot.Conversation;
using MigrationBot.Testing;

namespace MigrationBot.Tests.Conversation;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("help", TurnCommandKind.Help, "")]
    [InlineData("  HELP! ", TurnCommandKind.Help, "")]
    [InlineData("/help", TurnCommandKind.Help, "")]
    [InlineData("steps", TurnCommandKind.Steps, "")]
    [InlineData("journey", TurnCommandKind.Steps, "")]
    [InlineData("step 3", TurnCommandKind.Step, "3")]
    [InlineData("Step Prepare", TurnCommandKind.Step, "prepare")]
    [InlineData("step cut over", TurnCommandKind.Step, "cut over")]
    [InlineData("next", TurnCommandKind.Next, "")]
    [InlineData("Next step.", TurnCommandKind.Next, "")]
    [InlineData("more", TurnCommandKind.More, "")]
    [InlineData("how do I move EC2?", TurnCommandKind.Question, "how do I move EC2?")]
    [InlineData("help me move RDS to Azure", TurnCommandKind.Question, "help me move RDS to Azure")]
    [InlineData("what are the next steps after cutover", TurnCommandKind.Question, "what are the next steps after cutover")]
    public void MessagesAreReadAsCommandsOrQuestions(string text, TurnCommandKind kind, string argument)
    {
        var command = CommandParser.Parse(text);

        Assert.Equal(new TurnCommand(kind, argument), command);
    }

    [Fact]
    public void EveryCommandTheTeamsManifestOffersIsUnderstood()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "deployment", "teams", "manifest.json")));
        var commands = manifest.RootElement.GetProperty("bots")[0].GetProperty("commandLists")[0].GetProperty("commands")
            .EnumerateArray().Select(c => c.GetProperty("title").GetString()!).ToList();

        Assert.NotEmpty(commands);
        Assert.All(commands, command => Assert.NotEqual(TurnCommandKind.Question, CommandParser.Parse(command).Kind));
    }

    [Fact]
    public void EveryCommandTheWelcomeCardListsIsUnderstood()
    {
        var listed = new[] { Guide.Cards.CardCommands.Help, Guide.Cards.CardCommands.Journey, Guide.Cards.CardCommands.Step + " 2", Guide.Cards.CardCommands.Next, Guide.Cards.CardCommands.More };

        Assert.All(listed, command => Assert.NotEqual(TurnCommandKind.Question, CommandParser.Parse(command).Kind));
    }
}
