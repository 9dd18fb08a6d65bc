using MigrationBot.Channel;
using MigrationBot.Guide.Cards;

namespace MigrationBot.Conversation;

/// <summary>
/// The bot's turn logic and its one error boundary: whatever a turn throws is logged with the activity id and the
/// user gets a short apology; the endpoint has already answered 200. Messages go to <see cref="MessageTurn"/>,
/// installs and removals to <see cref="InstallationTurn"/>; other activity types get no reply.
/// </summary>
public sealed partial class GuideTurnHandler(
    MessageTurn messages, InstallationTurn installations, BotTelemetry telemetry, ILogger<GuideTurnHandler> logger) : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        try
        {
            switch (turn.Activity.Type)
            {
                case ActivityTypes.Message:
                    await messages.HandleAsync(turn, cancellationToken);
                    break;
                case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                    await installations.HandleAsync(turn, cancellationToken);
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error)
        {
            telemetry.TurnFailures.Add(1);
            LogTurnFailed(logger, error, turn.ActivityId, turn.Activity.Type);
            await ApologizeAsync(turn, cancellationToken);
        }
    }

    /// <summary>Invokes (message extensions, <c>Action.Execute</c>) are not handled yet: 501.</summary>
    public Task<InvokeResponse> HandleInvokeAsync(TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeResponse.NotImplemented);

    private async Task ApologizeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return;
        }

        try
        {
            await turn.ReplyAsync(ReplyFactory.FromText(new CardText(CardText.CultureFor(turn.Activity.Locale)).ReplyApology), cancellationToken);
        }
        catch (Exception error) when (error is ConnectorException or TimeoutException)
        {
            LogApologyFailed(logger, error, turn.ActivityId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn for activity {ActivityId} ({ActivityType}) failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception error, string? activityId, string? activityType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the apology for activity {ActivityId}")]
    private static partial void LogApologyFailed(ILogger logger, Exception error, string? activityId);
}
