namespace MigrationBot.Channel;

/// <summary>
/// The turn logic behind the bot endpoint. Activities other than invokes and typing reach
/// <see cref="HandleAsync"/> on a background worker after the POST got its 200; invokes reach
/// <see cref="HandleInvokeAsync"/> inside the POST, whose HTTP answer is the returned <see cref="InvokeResponse"/>.
/// Nothing reaches it before the request passed authentication, the tenant allow list and the inbound rate limit.
/// </summary>
public interface ITurnHandler
{
    /// <summary>Handles a message, conversation update or other non-invoke activity; replies through the turn.</summary>
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);

    /// <summary>Answers an invoke; return <see cref="InvokeResponse.NotImplemented"/> for names it does not know.</summary>
    public Task<InvokeResponse> HandleInvokeAsync(TurnContext turn, CancellationToken cancellationToken);
}
