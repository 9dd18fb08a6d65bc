using System.Text.Json.Serialization;

namespace MigrationBot.Guide.Cards;

/// <summary>Which inputs a submit action sends with its data.</summary>
[JsonConverter(typeof(CardEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    Auto,
    None,
}
