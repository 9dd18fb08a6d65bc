using System.Text.Json.Serialization;

namespace MigrationBot.Guide.Cards;

/// <summary>
/// A run of text inside a <see cref="RichTextBlock"/>. Clients show it literally (no Markdown, links or mentions),
/// which makes it the place for text the user wrote.
/// </summary>
public sealed record TextRun(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public bool? Italic { get; init; }

    public TextWeight? Weight { get; init; }

    public bool? IsSubtle { get; init; }

    public TextSize? Size { get; init; }
}
