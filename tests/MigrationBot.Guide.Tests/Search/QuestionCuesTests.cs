using MigrationBot.Guide.Search;

namespace MigrationBot.Guide.Tests.Search;

public sealed class QuestionCuesTests
{
    [Theory]
    [InlineData("what does the database part of the guide cover", 2)]
    [InlineData("which page do I read for each source", 1)]
    [InlineData("how do I move my S3 buckets", 0)]
    [InlineData("what is delta lake and why does every azure doc keep mentioning it", 0)]
    public void WordsThatNameTheGuideOrAPageAreCounted(string question, int expected)
    {
        Assert.Equal(expected, QuestionCues.Of(question).PageWordCount);
    }

    [Fact]
    public void WordsAreLowerCaseWithoutStopWords()
    {
        Assert.Equal(["assessment", "phase", "finished"], QuestionCues.Of("When is the Assessment phase finished?").Words);
    }
}
