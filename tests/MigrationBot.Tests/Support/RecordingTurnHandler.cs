using System.Collections.Concurrent;
using System.Threading.Channels;
using MigrationBot.Channel;
using BotActivity = MigrationBot.Channel.Activity;

namespace MigrationBot.Tests.Support;

/// <summary>
/// Turn logic for tests: records every turn, echoes messages back through the Connector, answers the invoke
/// <c>test/echo</c> with its value and every other invoke with 501.
/// </summary>
internal sealed class RecordingTurnHandler : ITurnHandler
{
    private readonly Channel<BotActivity> _completed = System.Threading.Channels.Channel.CreateUnbounded<BotActivity>();

    public ConcurrentQueue<TurnContext> Turns { get; } = new();

    public ConcurrentQueue<Exception> ReplyFailures { get; } = new();

    private int _finished;

    /// <summary>Background turns that have returned, counted before <see cref="NextCompletedAsync"/> sees them.</summary>
    public int FinishedCount => Volatile.Read(ref _finished);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Turns.Enqueue(turn);
        try
        {
            if (turn.Activity.Type == ActivityTypes.Message)
            {
                await turn.ReplyAsync(BotActivity.CreateMessage($"echo: {turn.Activity.Text}"), cancellationToken);
            }
        }
        catch (Exception exception) when (exception is ConnectorException or TimeoutException or HttpRequestException)
        {
            ReplyFailures.Enqueue(exception);
        }
        finally
        {
            Interlocked.Increment(ref _finished);
            _completed.Writer.TryWrite(turn.Activity);
        }
    }

    public Task<InvokeResponse> HandleInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Turns.Enqueue(turn);
        return Task.FromResult(turn.Activity.Name == "test/echo"
            ? InvokeResponse.Ok(new { echoed = turn.Activity.Value })
            : InvokeResponse.NotImplemented);
    }

    /// <summary>Waits for the next background turn to finish (its reply sent or failed).</summary>
    public async Task<BotActivity> NextCompletedAsync(CancellationToken cancellationToken) =>
        await _completed.Reader.ReadAsync(cancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
}
