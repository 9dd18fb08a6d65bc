using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Tests.Support;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class DefinitionQuestionTests : IDisposable
{
    private readonly GuideAnswerer _answerer = new(new GuideBuilder()
        .Article("plan.md", "Plan the waves", a => a
            .Section("Choose the waves", "Group workloads into waves by risk and move the low-risk wave first.")
            .Section("Tools", "Use a spreadsheet for the wave plan."))
        .Article("build.md", "Build the landing zone", a => a
            .Section("Deploy the landing zone", "Deploy the landing zone with policies before any wave moves.")
            .Section("Tools", "Use the accelerator templates."))
        .Article("glossary.md", "Glossary", a => a
            .List("Terms", "Wave: a group of workloads that move together.", "Landing zone: the shared foundation workloads deploy into."))
        .Build());

    public void Dispose() => _answerer.Dispose();

    [Theory]
    [InlineData("What is a wave?")]
    [InlineData("what are waves")]
    [InlineData("define landing zone")]
    [InlineData("What does landing zone mean?")]
    public void DefinitionQuestionGoesToTheGlossaryEntry(string question)
    {
        var answer = _answerer.Ask(question);

        Assert.False(answer.Declined);
        Assert.Equal("glossary.md#terms", answer.Best!.Section.Id);
    }

    [Fact]
    public void HeadingRepeatedInManyArticlesIsNotADefinition()
    {
        var answer = _answerer.Ask("What are the tools?");

        Assert.NotEqual("glossary.md#terms", answer.Best?.Section.Id);
    }

    [Fact]
    public void OtherQuestionsAboutTheTermAreSearchedAsUsual()
    {
        var answer = _answerer.Ask("How do we deploy the landing zone with policies?");

        Assert.Equal("build.md#deploy-the-landing-zone", answer.Best!.Section.Id);
    }
}
