using System.Text.Json.Serialization;

namespace MigrationBot.Guide.Cards;

/// <summary>How big text is.</summary>
[JsonConverter(typeof(CardEnumConverter<TextSize>))]
public enum TextSize
{
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
}
