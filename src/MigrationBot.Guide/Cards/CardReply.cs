namespace MigrationBot.Guide.Cards;

/// <summary>A card with the plain text that goes with it in the reply activity.</summary>
/// <param name="Card">The card, for an <c>application/vnd.microsoft.card.adaptive</c> attachment (see <see cref="CardJson.ToElement"/>).</param>
/// <param name="Text">The activity's <c>text</c>: the card's content as plain text, for clients without cards.</param>
/// <param name="Summary">The activity's <c>summary</c>: one short line for notifications.</param>
public sealed record CardReply(AdaptiveCard Card, string Text, string Summary);
