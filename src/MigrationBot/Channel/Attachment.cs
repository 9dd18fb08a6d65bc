using System.Text.Json;

namespace MigrationBot.Channel;

/// <summary>An attachment such as an Adaptive Card; <see cref="Content"/> stays raw JSON.</summary>
public sealed record Attachment
{
    /// <summary>The content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; init; }

    public JsonElement? Content { get; init; }

    public string? ContentUrl { get; init; }

    public string? Name { get; init; }

    public string? ThumbnailUrl { get; init; }

    /// <summary>An Adaptive Card attachment around already serialized card JSON.</summary>
    public static Attachment AdaptiveCard(JsonElement card) =>
        new() { ContentType = AdaptiveCardContentType, Content = card };
}
