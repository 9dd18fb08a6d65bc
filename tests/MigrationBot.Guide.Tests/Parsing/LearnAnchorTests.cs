using MigrationBot.Guide.Parsing;

namespace MigrationBot.Guide.Tests.Parsing;

public sealed class LearnAnchorTests
{
    [Theory]
    [InlineData("Plan the move", "plan-the-move")]
    [InlineData("Amazon S3 & Azure Blob Storage", "amazon-s3--azure-blob-storage")]
    [InlineData("What's next?", "whats-next")]
    [InlineData("Step 2: Cut over (weekend)", "step-2-cut-over-weekend")]
    [InlineData("snake_case and kebab-case", "snake_case-and-kebab-case")]
    [InlineData("Réseau et sécurité", "réseau-et-sécurité")]
    [InlineData("???", "section")]
    public void SlugIsLowercaseWithoutPunctuationAndWithHyphensForSpaces(string heading, string expected) =>
        Assert.Equal(expected, LearnAnchor.Slug(heading));

    [Fact]
    public void RepeatedHeadingsAreNumberedFromOne()
    {
        var anchors = new LearnAnchor();

        Assert.Equal(["next-steps", "next-steps-1", "overview", "next-steps-2"], new[] { "Next steps", "Next steps", "Overview", "Next Steps" }.Select(anchors.Next));
    }
}
