using MigrationBot.Guide.Answering;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class StepReferenceTests
{
    private static readonly JourneyStep[] Journey =
    [
        new(1, "Assess", "journey/assess.md"),
        new(2, "Prepare", "journey/prepare.md"),
        new(3, "Migrate", "journey/migrate.md"),
    ];

    [Theory]
    [InlineData("when can we say the assessment phase is finished?", "Assess")]
    [InlineData("what happens in the preparation stage", "Prepare")]
    [InlineData("who signs off the migration step", "Migrate")]
    [InlineData("what do we do in the prepare step", "Prepare")]
    public void AnotherFormOfAStepsNameFindsTheStep(string question, string expected)
    {
        Assert.Equal(expected, StepReference.Find(Journey, question, out _)?.Name);
    }

    [Theory]
    [InlineData("what is the next step")]
    [InlineData("the asset phase of the project")]
    public void WordsThatOnlyLookAlikeFindNoStep(string question)
    {
        Assert.Null(StepReference.Find(Journey, question, out _));
    }
}
