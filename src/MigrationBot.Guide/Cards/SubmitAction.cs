namespace MigrationBot.Guide.Cards;

/// <summary>Sends <see cref="Data"/> to the bot; Teams delivers it as the <c>value</c> of a message activity.</summary>
public sealed record SubmitAction(string Title, CardActionData Data) : CardAction(Title)
{
    /// <summary>Set to <see cref="Cards.AssociatedInputs.None"/> on cards with inputs the action should not send.</summary>
    public AssociatedInputs? AssociatedInputs { get; init; }
}
