namespace MigrationBot.Guide.Cards;

/// <summary>Buttons inside the body of a card.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
