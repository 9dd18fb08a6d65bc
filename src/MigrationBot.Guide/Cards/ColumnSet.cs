namespace MigrationBot.Guide.Cards;

/// <summary>Columns side by side.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    /// <summary>Runs when the row is selected; its title names the row for screen readers.</summary>
    public CardAction? SelectAction { get; init; }
}
