namespace MigrationBot.Guide.Cards;

/// <summary>A paragraph of text. Clients may apply Markdown to it, so never put user text here.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    /// <summary><see cref="TextBlockStyle.Heading"/> marks a heading for screen readers.</summary>
    public TextBlockStyle? Style { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    /// <summary>Wraps long text instead of cutting it; the cards always wrap.</summary>
    public bool? Wrap { get; init; } = true;

    public int? MaxLines { get; init; }
}
