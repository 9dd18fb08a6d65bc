using System.Text.Json;
using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

public sealed class CardActionDataTests
{
    public static TheoryData<CardActionData, string> Contract => new()
    {
        { new AskQuestionData("What replaces S3?"), """{"action":"ask","question":"What replaces S3?"}""" },
        { new NextStepData("journey/migrate.md"), """{"action":"next","section":"journey/migrate.md"}""" },
        { new ShowSectionData("services/storage.md#tiers"), """{"action":"show","section":"services/storage.md#tiers"}""" },
        { new ShowStepData(3), """{"action":"step","step":3}""" },
        { new ShowJourneyData(), """{"action":"journey"}""" },
        { new FeedbackData(true, "a.md#b", "q?"), """{"action":"feedback","helpful":true,"section":"a.md#b","question":"q?"}""" },
    };

    [Theory]
    [MemberData(nameof(Contract))]
    public void DataIsWrittenInTheDocumentedShape(CardActionData data, string json) =>
        Assert.Equal(json, JsonSerializer.Serialize(data, CardJson.Options));

    [Theory]
    [MemberData(nameof(Contract))]
    public void DataReadsBackFromItsJson(CardActionData data, string json) =>
        Assert.Equal(data, CardActionData.TryRead(JsonDocument.Parse(json).RootElement));

    [Fact]
    public void ActionNeedNotComeFirstAndCheckboxValuesAreIgnored()
    {
        var value = JsonDocument.Parse("""{"chk-0123456789ab":"true","step":"4","action":"step"}""").RootElement;

        Assert.Equal(new ShowStepData(4), CardActionData.TryRead(value));
    }

    [Theory]
    [InlineData("""{"action":"launch"}""")]
    [InlineData("""{"action":"step"}""")]
    [InlineData("""{"action":"show","section":""}""")]
    [InlineData("""{"action":"step","step":"x"}""")]
    [InlineData("""{"section":"a.md"}""")]
    [InlineData("""{"action":7}""")]
    [InlineData("""["ask"]""")]
    [InlineData("\"hello\"")]
    public void UnknownOrIncompleteDataReadsAsNull(string json) =>
        Assert.Null(CardActionData.TryRead(JsonDocument.Parse(json).RootElement));
}
