using System.Text.Json.Serialization;

namespace MigrationBot.Guide.Cards;

/// <summary>Space above an element.</summary>
[JsonConverter(typeof(CardEnumConverter<Spacing>))]
public enum Spacing
{
    None,
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
