namespace MigrationBot.Guide.Cards;

/// <summary>Groups elements, optionally with a style and an action for the whole group.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }

    /// <summary>Runs when the group is selected; its title names the group for screen readers.</summary>
    public CardAction? SelectAction { get; init; }
}
