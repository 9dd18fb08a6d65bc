using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigrationBot.Guide.Cards;

/// <summary>
/// The data a card button sends back to the bot (the <c>value</c> of the message activity Teams delivers),
/// with its kind in <c>action</c>. The contract is documented in <c>docs/cards.md</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "action")]
[JsonDerivedType(typeof(AskQuestionData), "ask")]
[JsonDerivedType(typeof(NextStepData), "next")]
[JsonDerivedType(typeof(ShowSectionData), "show")]
[JsonDerivedType(typeof(ShowStepData), "step")]
[JsonDerivedType(typeof(ShowJourneyData), "journey")]
[JsonDerivedType(typeof(FeedbackData), "feedback")]
public abstract record CardActionData
{
    /// <summary>
    /// Reads the <c>value</c> of an activity sent by a card button. Returns null when it is not an object with a
    /// known <c>action</c> or misses a required field; extra fields (such as checkbox values) are ignored.
    /// </summary>
    public static CardActionData? TryRead(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object
            || !value.TryGetProperty("action", out var action)
            || action.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            var data = value.Deserialize<CardActionData>(CardJson.Options);
            return data is not null && data.IsComplete ? data : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>True when every required field arrived.</summary>
    private protected abstract bool IsComplete { get; }
}
