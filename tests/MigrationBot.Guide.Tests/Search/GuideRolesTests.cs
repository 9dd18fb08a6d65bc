using MigrationBot.Guide.Search;
using MigrationBot.Guide.Tests.Support;

namespace MigrationBot.Guide.Tests.Search;

public sealed class GuideRolesTests
{
    private static readonly HashSet<string> Everyday = new(StringComparer.OrdinalIgnoreCase) { "migrate", "move" };

    private readonly GuideRoles _roles = GuideRoles.Of(SampleGuides.AwsToAzure(), Everyday.Contains);

    [Theory]
    [InlineData("assessment", "journey/assess.md")]
    [InlineData("assessing", "journey/assess.md")]
    [InlineData("preparation", "journey/prepare.md")]
    public void AnyFormOfAStepNameNamesTheStep(string word, string expected)
    {
        Assert.Equal([expected], _roles.StepsNamedBy([word]));
    }

    [Fact]
    public void AStepNamedWithAWordEveryQuestionUsesIsNeverNamed()
    {
        // The third step is "Migrate": "migration" in a question says nothing about which step it means.
        Assert.Empty(_roles.StepsNamedBy(["migration", "migrating"]));
    }

    [Fact]
    public void AWordThatOnlySharesTheFirstLettersIsNoName()
    {
        Assert.Empty(_roles.StepsNamedBy(["ass", "prep", "assessmentalistically"]));
    }

    [Fact]
    public void TheRootIndexIsTheHubAndIntroductionsHaveNoAnchor()
    {
        Assert.True(_roles.IsHub("index.md"));
        Assert.False(_roles.IsHub("journey/assess.md"));
        Assert.True(_roles.IsIntroduction("services/storage.md"));
        Assert.False(_roles.IsIntroduction("services/storage.md#copy-data-with-azcopy"));
    }

    [Fact]
    public void WithoutARootIndexTheFirstOtherArticleIsTheHub()
    {
        var roles = GuideRoles.Of(SampleGuides.GoogleCloudToAzure(), Everyday.Contains);

        Assert.True(roles.IsHub("overview.md"));
    }
}
