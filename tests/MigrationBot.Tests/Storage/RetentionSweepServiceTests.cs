using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MigrationBot.Storage;
using MigrationBot.Tests.Support;

namespace MigrationBot.Tests.Storage;

public sealed class RetentionSweepServiceTests : IDisposable
{
    private static readonly ConversationKey Chat = new("19:chat@thread.v2");

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly StorageOptions _options = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ExpiredRecordsAreDeletedAtStartAndAtEachInterval()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(_folder.Path, "state.db");
        var store = new SqliteBotStore(path, _options, _time);
        await store.SaveLastAnswerAsync(Chat, new LastAnswer("q", "s", [], null, null), ct);
        _time.Advance(_options.LastAnswerRetention);
        using var service = new RetentionSweepService(store, Microsoft.Extensions.Options.Options.Create(_options), _time, NullLogger<RetentionSweepService>.Instance);

        await service.StartAsync(ct);
        await WaitForAsync(() => CountAsync(path, "last_answers"), 0);

        await store.AddFeedbackAsync(Chat, "s", "q", helpful: true, ct);
        _time.Advance(_options.FeedbackRetention - TimeSpan.FromMinutes(1));
        Assert.Equal(1, await CountAsync(path, "feedback"));
        _time.Advance(_options.SweepInterval);
        await WaitForAsync(() => CountAsync(path, "feedback"), 0);

        await service.StopAsync(ct);
    }

    [Fact]
    public async Task AStoreThatCannotBeOpenedStopsTheStart()
    {
        var file = Path.Combine(_folder.Path, "a-file");
        await File.WriteAllTextAsync(file, "not a folder", TestContext.Current.CancellationToken);
        var store = new SqliteBotStore(Path.Combine(file, "state.db"), _options, _time);
        using var service = new RetentionSweepService(store, Microsoft.Extensions.Options.Options.Create(_options), _time, NullLogger<RetentionSweepService>.Instance);
        await Assert.ThrowsAnyAsync<IOException>(() => service.StartAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<long> CountAsync(string path, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table};";
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    /// <summary>Waits for the background sweep to bring a count to the expected value; fails after 30 seconds.</summary>
    private static async Task WaitForAsync(Func<Task<long>> count, long expected)
    {
        for (var waited = 0; await count() != expected; waited += 50)
        {
            Assert.True(waited < 30_000, $"The count stayed at {await count()}, not {expected}.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
