using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigrationBot.Guide.Cards;

/// <summary>Writes card enums as the camel-case names Adaptive Cards uses (<c>extraLarge</c>, <c>heading</c>).</summary>
internal sealed class CardEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
