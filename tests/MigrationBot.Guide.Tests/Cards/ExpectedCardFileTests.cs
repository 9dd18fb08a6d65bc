namespace MigrationBot.Guide.Tests.Cards;

/// <summary>The fixed replies against their expected files in <c>TestData/Cards</c>.</summary>
public sealed class ExpectedCardFileTests
{
    public static TheoryData<string> Names => [.. CardSamples.All().Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void CardMatchesItsExpectedFile(string name) =>
        ExpectedCardFile.AssertMatches(name, CardSamples.All()[name]);
}
