using Azure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace MigrationBot.Storage;

/// <summary>
/// Prepares the store when the app starts (so bad settings or an unreachable account stop the start with a clear
/// error), then deletes expired records at start and every <see cref="StorageOptions.SweepInterval"/>.
/// </summary>
public sealed partial class RetentionSweepService(
    IBotStore store, IOptions<StorageOptions> options, TimeProvider time, ILogger<RetentionSweepService> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            try
            {
                var result = await store.SweepAsync(stoppingToken);
                LogSwept(result.ProcessedActivities, result.LastAnswers, result.Checklists, result.Feedback);
            }
            catch (Exception e) when (e is RequestFailedException or SqliteException)
            {
                // A failed sweep is retried at the next tick; expired records already read as absent meanwhile.
                LogSweepFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention sweep deleted {Processed} processed ids, {Answers} last answers, {Checklists} checklists, {Feedback} feedback entries")]
    private partial void LogSwept(int processed, int answers, int checklists, int feedback);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention sweep failed; it runs again at the next interval")]
    private partial void LogSweepFailed(Exception exception);
}
