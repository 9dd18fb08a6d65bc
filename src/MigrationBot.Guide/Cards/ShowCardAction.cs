namespace MigrationBot.Guide.Cards;

/// <summary>Reveals a nested card below the buttons, without a round trip to the bot.</summary>
public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title);
