using System.Text.Json.Serialization;

namespace MigrationBot.Guide.Cards;

/// <summary>The role of a text block; a heading is announced as one.</summary>
[JsonConverter(typeof(CardEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    Default,
    Heading,
}
