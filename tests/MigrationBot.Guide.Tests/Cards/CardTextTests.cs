using System.Globalization;
using System.Reflection;
using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

public sealed class CardTextTests
{
    [Fact]
    public void EveryStringHasAnEnglishResource()
    {
        var text = new CardText(CultureInfo.GetCultureInfo("en-US"));
        var members = typeof(CardText).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m is PropertyInfo { PropertyType.Name: "String" } || m is MethodInfo { ReturnType.Name: "String", IsSpecialName: false })
            .Select(m => m.Name)
            .Where(n => n != nameof(CardText.Date))
            .Distinct()
            .ToList();

        Assert.True(members.Count > 30);
        Assert.All(members, name => Assert.False(string.IsNullOrWhiteSpace(text.Get(name)), name));
        Assert.All(text.ExampleQuestions, q => Assert.EndsWith("?", q, StringComparison.Ordinal));
    }

    [Fact]
    public void CultureWithoutTranslationFallsBackToEnglish() =>
        Assert.Equal("Read the full article", new CardText(CultureInfo.GetCultureInfo("de-DE")).ReadFullArticle);

    [Fact]
    public void MissingKeyIsAClearError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new CardText(CultureInfo.InvariantCulture).Get("NoSuchKey"));

        Assert.Contains("NoSuchKey", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "11/20/2026", "11/20/2026")]
    [InlineData("en-GB", "11/20/2026", "20/11/2026")]
    [InlineData("de-DE", "11/20/2026", "20.11.2026")]
    [InlineData("ja-JP", "03/05/2025", "2025/03/05")]
    [InlineData("de-DE", "2026-11-20", "20.11.2026")]
    [InlineData("en-US", " 1/2/2026 ", "1/2/2026")]
    public void LearnDatesAreShownInTheUsersCulture(string culture, string msDate, string shown) =>
        Assert.Equal(shown, new CardText(CultureInfo.GetCultureInfo(culture)).Date(msDate));

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData("Spring 2026", "Spring 2026")]
    [InlineData("13/45/2026", "13/45/2026")]
    public void MissingOrUnreadableDatesAreLeftOutOrShownAsWritten(string? msDate, string? shown) =>
        Assert.Equal(shown, new CardText(CultureInfo.GetCultureInfo("en-US")).Date(msDate));

    [Theory]
    [InlineData("de-DE", "de-DE")]
    [InlineData("fr-fr", "fr-FR")]
    [InlineData(" en-GB ", "en-GB")]
    [InlineData(null, "en-US")]
    [InlineData("", "en-US")]
    [InlineData("not a locale!", "en-US")]
    [InlineData("xx-YY", "en-US")]
    public void ActivityLocaleGivesTheCultureOrEnglish(string? locale, string culture) =>
        Assert.Equal(culture, CardText.CultureFor(locale).Name);
}
