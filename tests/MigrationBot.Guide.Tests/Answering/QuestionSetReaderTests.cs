using MigrationBot.Guide.Answering.Quality;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class QuestionSetReaderTests
{
    [Fact]
    public void ReadsEveryFieldAndSkipsBlankLines()
    {
        const string Text = """
            {"question": "what replaces DynamoDB", "article": "services/databases.md", "section": null, "kind": "mapping"}

            {"question": "step 2", "article": "journey/design.md", "section": "", "kind": "step"}
            {"question": "best pizza?", "article": null, "section": null, "kind": "out-of-scope"}
            {"question": "anchor", "article": "a.md", "section": "#tiers", "kind": "howto"}
            """;

        var questions = QuestionSetReader.Read(new StringReader(Text), "set");

        Assert.Equal(4, questions.Count);
        Assert.Equal(new BenchQuestion("what replaces DynamoDB", "services/databases.md", null, "mapping"), questions[0]);
        Assert.Equal("", questions[1].Section);
        Assert.False(questions[2].InScope);
        Assert.Equal("tiers", questions[3].Section);
    }

    [Theory]
    [InlineData("not json", "set:1: not valid JSON")]
    [InlineData("[1, 2]", "set:1: expected a JSON object")]
    [InlineData("{\"article\": \"a.md\"}", "set:1: \"question\" is missing")]
    public void MalformedLineIsAnErrorNamingTheLine(string line, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => QuestionSetReader.Read(new StringReader(line), "set"));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
