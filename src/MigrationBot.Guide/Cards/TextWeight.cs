using System.Text.Json.Serialization;

namespace MigrationBot.Guide.Cards;

/// <summary>How heavy text is.</summary>
[JsonConverter(typeof(CardEnumConverter<TextWeight>))]
public enum TextWeight
{
    Lighter,
    Default,
    Bolder,
}
