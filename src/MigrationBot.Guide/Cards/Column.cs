using System.Text.Json.Serialization;

namespace MigrationBot.Guide.Cards;

/// <summary>A column of a <see cref="ColumnSet"/>.</summary>
/// <param name="Width"><c>auto</c> (as wide as the content), <c>stretch</c> (the rest), or a weight.</param>
public sealed record Column(string Width, IReadOnlyList<CardElement> Items)
{
    /// <summary>Width of a column as wide as its content.</summary>
    public const string Auto = "auto";

    /// <summary>Width of a column taking the remaining room.</summary>
    public const string Stretch = "stretch";

    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public VerticalAlignment? VerticalContentAlignment { get; init; }
}
