using System.Text.Json;
using MigrationBot.Commands;
using MigrationBot.Testing;

namespace MigrationBot.Tests.Commands;

public sealed class AskCommandTests
{
    private static readonly string Fixture =
        Path.Combine(RepoPaths.Root, "tests", "MigrationBot.Guide.Tests", "TestData", "Guides", "learn-docset");

    [Fact]
    public async Task JsonModeAnswersOneQuestionPerLineInOrder()
    {
        var (code, output, error) = await RunAsync("gke -> azure\n\nWhat is the best pizza in Seattle?\n", "ask", "--json", "--semantic", "off", "--content", Fixture);

        Assert.Equal(0, code);
        Assert.Empty(error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);

        using var first = JsonDocument.Parse(lines[0]);
        var answer = first.RootElement;
        Assert.Equal("gke -> azure", answer.GetProperty("question").GetString());
        Assert.False(answer.GetProperty("declined").GetBoolean());
        var best = answer.GetProperty("results")[0];
        Assert.Equal("services/migrate-compute.md", best.GetProperty("path").GetString());
        Assert.Equal("Service comparison", best.GetProperty("heading").GetString());
        Assert.Equal("Migrate compute from Google Cloud to Azure", best.GetProperty("title").GetString());
        Assert.EndsWith("#service-comparison", best.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("service", best.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, best.GetProperty("step").ValueKind);
        Assert.True(best.GetProperty("score").GetDouble() > 0);
        Assert.Equal(JsonValueKind.String, answer.GetProperty("summary").ValueKind);
        Assert.Equal(JsonValueKind.Object, answer.GetProperty("next").ValueKind);

        using var blank = JsonDocument.Parse(lines[1]);
        Assert.True(blank.RootElement.GetProperty("declined").GetBoolean());

        using var pizza = JsonDocument.Parse(lines[2]);
        Assert.True(pizza.RootElement.GetProperty("declined").GetBoolean());
        Assert.Equal(0, pizza.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, pizza.RootElement.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task StepArticleReportsItsKindAndStepName()
    {
        var (_, output, _) = await RunAsync(string.Empty, "ask", "step 2", "--json", "--content", Fixture);

        using var json = JsonDocument.Parse(output);
        var best = json.RootElement.GetProperty("results")[0];
        Assert.Equal("journey/prepare.md", best.GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, best.GetProperty("heading").ValueKind);
        Assert.Equal("step", best.GetProperty("kind").GetString());
        Assert.Equal("Prepare", best.GetProperty("step").GetString());
    }

    [Fact]
    public async Task TopLimitsTheResults()
    {
        var (_, output, _) = await RunAsync(string.Empty, "ask", "migrate storage buckets and compute", "--json", "--top", "2", "--content", Fixture);

        using var json = JsonDocument.Parse(output);
        Assert.InRange(json.RootElement.GetProperty("results").GetArrayLength(), 1, 2);
    }

    [Fact]
    public async Task TextModePrintsTheSectionItsLinkAndTheNextStep()
    {
        var (code, output, _) = await RunAsync(string.Empty, "ask", "How do I list the projects and their owners?", "--content", Fixture);

        Assert.Equal(0, code);
        Assert.Contains("Plan your migration from Google Cloud > Inventory the projects", output, StringComparison.Ordinal);
        Assert.Contains("#inventory-the-projects", output, StringComparison.Ordinal);
        Assert.Contains("Next step: Prepare your Azure environment", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextModeSaysWhenTheGuideDoesNotCoverTheQuestion()
    {
        var (_, output, _) = await RunAsync(string.Empty, "ask", "How do I train for a marathon?", "--content", Fixture);

        Assert.Contains("The guide does not cover this question.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShippedGuideIsFoundWithoutContentOption()
    {
        var (code, output, error) = await RunAsync(string.Empty, "ask", "what replaces DynamoDB", "--json");

        Assert.Equal(0, code);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("services/databases.md", json.RootElement.GetProperty("results")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task SemanticLegAnswersWhatTheLexicalIndexAloneDeclines()
    {
        const string question = "which aws networking services does the networking page talk about";

        var (_, lexical, _) = await RunAsync(string.Empty, "ask", question, "--json", "--semantic", "off");
        var (code, semantic, error) = await RunAsync(string.Empty, "ask", question, "--json");

        using var declined = JsonDocument.Parse(lexical);
        Assert.True(declined.RootElement.GetProperty("declined").GetBoolean());
        Assert.Equal(0, code);
        Assert.Empty(error);
        using var answered = JsonDocument.Parse(semantic);
        Assert.False(answered.RootElement.GetProperty("declined").GetBoolean());
        Assert.Equal("services/networking.md", answered.RootElement.GetProperty("results")[0].GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("--semantic", "maybe")]
    [InlineData("--top", "0")]
    [InlineData("--top", "many")]
    [InlineData("--colour")]
    [InlineData("one", "two")]
    public async Task BadArgumentsExitTwoWithUsage(params string[] args)
    {
        var (code, _, error) = await RunAsync(string.Empty, ["ask", .. args, "--content", Fixture]);

        Assert.Equal(2, code);
        Assert.Contains("usage: ask", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingGuideFolderIsAClearError()
    {
        var (code, _, error) = await RunAsync(string.Empty, "ask", "anything", "--content", Path.Combine(RepoPaths.Root, "no-such-folder"));

        Assert.Equal(2, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = await CommandLine.RunAsync(args, reader, output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
