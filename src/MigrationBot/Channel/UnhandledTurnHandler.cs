namespace MigrationBot.Channel;

/// <summary>The turn handler in place until turn logic registers its own: it ignores activities and answers invokes with 501.</summary>
public sealed class UnhandledTurnHandler : ITurnHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<InvokeResponse> HandleInvokeAsync(TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeResponse.NotImplemented);
}
