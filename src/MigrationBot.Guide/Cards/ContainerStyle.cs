using System.Text.Json.Serialization;

namespace MigrationBot.Guide.Cards;

/// <summary>Background style of a container.</summary>
[JsonConverter(typeof(CardEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
