using System.Text.Json.Serialization;

namespace MigrationBot.Guide.Cards;

/// <summary>Text colour from the host's palette; never the only carrier of meaning.</summary>
[JsonConverter(typeof(CardEnumConverter<TextColor>))]
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
