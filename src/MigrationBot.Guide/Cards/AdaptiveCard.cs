using System.Text.Json.Serialization;

namespace MigrationBot.Guide.Cards;

/// <summary>An Adaptive Card of version <see cref="CardVersion"/>, the highest Teams renders on desktop and mobile.</summary>
/// <param name="Body">The elements, top to bottom.</param>
/// <param name="Actions">The buttons at the bottom; at most <see cref="MaxActions"/>.</param>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction> Actions)
{
    /// <summary>The card version the bot targets.</summary>
    public const string CardVersion = "1.5";

    /// <summary>The most buttons a card of the bot carries at the bottom.</summary>
    public const int MaxActions = 5;

    /// <summary>The schema URL cards declare.</summary>
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyOrder(-2)]
    [JsonPropertyName("$schema")]
    public string Schema => SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Version => CardVersion;

    /// <summary>Plain text shown by clients that cannot render the card.</summary>
    public string? FallbackText { get; init; }

    /// <summary>Plain text a voice client reads out instead of the card.</summary>
    public string? Speak { get; init; }
}
