using System.Text.Json.Serialization;

namespace MigrationBot.Guide.Cards;

/// <summary>Vertical placement of a column's content.</summary>
[JsonConverter(typeof(CardEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment
{
    Top,
    Center,
    Bottom,
}
