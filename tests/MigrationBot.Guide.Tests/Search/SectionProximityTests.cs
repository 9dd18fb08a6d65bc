using MigrationBot.Guide.Search;

namespace MigrationBot.Guide.Tests.Search;

public sealed class SectionProximityTests
{
    private readonly SectionProximity _proximity = new();

    public SectionProximityTests()
    {
        _proximity.Add("a.md#cutover", ["lower", "dns", "time", "live", "value", "day", "before", "rollback"]);
    }

    [Theory]
    [InlineData("lower", "dns")]
    [InlineData("dns", "lower")]
    [InlineData("lower", "live")]
    public void TermsWithinTheWindowAreTogetherInEitherOrder(string first, string second)
    {
        Assert.True(_proximity.Near("a.md#cutover", first, second));
    }

    [Fact]
    public void TermsFurtherApartThanTheWindowAreNot()
    {
        Assert.False(_proximity.Near("a.md#cutover", "lower", "value"));
    }

    [Fact]
    public void UnknownSectionHoldsNothingTogether()
    {
        Assert.False(_proximity.Near("b.md#other", "lower", "dns"));
    }
}
