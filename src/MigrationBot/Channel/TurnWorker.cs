using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace MigrationBot.Channel;

/// <summary>
/// Runs queued turns in the background, several at a time, each in its own DI scope. On shutdown it stops taking new
/// activities, lets the ones in flight and in line finish for <see cref="BotChannelOptions.ShutdownDrainTimeout"/>,
/// then cancels what is left.
/// </summary>
public sealed partial class TurnWorker(
    TurnQueue queue,
    IServiceScopeFactory scopeFactory,
    IOptions<BotChannelOptions> options,
    BotTelemetry telemetry,
    TimeProvider timeProvider,
    ILogger<TurnWorker> logger) : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        if (ExecuteTask is { } running)
        {
            try
            {
                await running.WaitAsync(options.Value.ShutdownDrainTimeout, timeProvider, cancellationToken);
            }
            catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
            {
                LogDrainTimedOut(options.Value.ShutdownDrainTimeout);
                await _abort.CancelAsync();
            }
        }

        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inFlight = new ConcurrentDictionary<Task, bool>();
        using var slots = new SemaphoreSlim(options.Value.MaxConcurrentTurns);
        await foreach (var turn in queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            await slots.WaitAsync(CancellationToken.None);
            var task = RunAsync(turn, slots);
            inFlight.TryAdd(task, true);
            _ = task.ContinueWith(t => inFlight.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        await Task.WhenAll(inFlight.Keys);
    }

    private async Task RunAsync(QueuedTurn queued, SemaphoreSlim slots)
    {
        await Task.Yield();
        var activity = queued.Activity;
        using var logScope = logger.BeginScope(
            "Activity {ActivityId} ({ActivityType}) in {ConversationId}", activity.Id, activity.Type, activity.Conversation?.Id);
        using var span = BotTelemetry.Source.StartActivity($"turn {activity.Type}", ActivityKind.Internal);
        span?.SetTag("bot.activity.id", activity.Id);
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<ITurnHandler>();
            var connector = scope.ServiceProvider.GetRequiredService<ConnectorClient>();
            await handler.HandleAsync(new TurnContext(activity, queued.Caller, connector, queued.ReceivedAt), _abort.Token);
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            LogTurnAbandoned(activity.Id);
        }
#pragma warning disable CA1031 // The worker must outlive a turn that escaped turn logic's own error boundary.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            telemetry.TurnFailures.Add(1);
            span?.SetStatus(ActivityStatusCode.Error, exception.Message);
            LogTurnFailed(exception, activity.Id);
        }
        finally
        {
            slots.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turns still running after {DrainTimeout} at shutdown were cancelled.")]
    private partial void LogDrainTimedOut(TimeSpan drainTimeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn for activity {ActivityId} was cancelled at shutdown.")]
    private partial void LogTurnAbandoned(string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn for activity {ActivityId} failed.")]
    private partial void LogTurnFailed(Exception exception, string? activityId);
}
