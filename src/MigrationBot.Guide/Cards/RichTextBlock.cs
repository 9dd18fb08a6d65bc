namespace MigrationBot.Guide.Cards;

/// <summary>A paragraph made of runs; runs are shown literally, without Markdown.</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement;
