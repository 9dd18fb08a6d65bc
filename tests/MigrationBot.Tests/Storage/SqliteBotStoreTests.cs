using Microsoft.Data.Sqlite;
using MigrationBot.Storage;

namespace MigrationBot.Tests.Storage;

/// <summary>The store contract on SQLite, plus what only a transactional file store can promise.</summary>
public sealed class SqliteBotStoreTests : BotStoreContractTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "migrationbot-sqlite-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "data", "migrationbot.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    protected override IBotStore CreateStore() => new SqliteBotStore(DatabasePath, Options, Time);

    protected override void InterruptAfterFirstStep(IBotStore store) =>
        ((SqliteBotStore)store).StepCompleted = _ => throw new SimulatedCrashException();

    [Fact]
    public async Task AnInterruptedUninstallChangesNothing()
    {
        await InstallEverywhereAsync();
        await WriteEverythingAsync(GroupChat);
        var crashing = CreateStore();
        InterruptAfterFirstStep(crashing);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.RemoveInstallationAsync(GroupChat, Ct));

        await AssertEverythingAboutAsync(GroupChat);
    }

    [Fact]
    public async Task TheFilesAsACrashBetweenTwoWritesWouldLeaveThemOpenWithTheUninstallUndone()
    {
        await InstallEverywhereAsync();
        await WriteEverythingAsync(GroupChat);
        var crashImage = Path.Combine(_folder, "crash", "migrationbot.db");
        Directory.CreateDirectory(Path.GetDirectoryName(crashImage)!);
        var store = (SqliteBotStore)CreateStore();
        store.StepCompleted = step =>
        {
            if (step == "last_answers")
            {
                // What is on disk now is what a process killed at this point would leave behind.
                File.Copy(DatabasePath, crashImage);
                File.Copy(DatabasePath + "-wal", crashImage + "-wal");
            }
        };

        await store.RemoveInstallationAsync(GroupChat, Ct);

        await AssertNothingAboutAsync(GroupChat);
        var recovered = new SqliteBotStore(crashImage, Options, Time);
        Assert.NotNull(await recovered.GetInstallationAsync(GroupChat, Ct));
        Assert.NotNull(await recovered.GetLastAnswerAsync(GroupChat, Ct));
        Assert.NotNull(await recovered.GetChecklistAsync(GroupChat, "card-1", Ct));
        Assert.False(await recovered.TryMarkProcessedAsync(GroupChat, "activity-1", Ct));
    }

    [Fact]
    public async Task AnInterruptedChecklistChangeLeavesThePreviousState()
    {
        var before = await Store.SetChecklistItemAsync(GroupChat, "card-1", new ChecklistChange("a", true, "29:ada", "Ada"), Ct);
        var crashing = CreateStore();
        InterruptAfterFirstStep(crashing);
        Time.Advance(TimeSpan.FromMinutes(1));

        await Assert.ThrowsAsync<SimulatedCrashException>(() =>
            crashing.SetChecklistItemAsync(GroupChat, "card-1", new ChecklistChange("b", true, "29:alan", "Alan"), Ct));

        var after = (await Store.GetChecklistAsync(GroupChat, "card-1", Ct))!;
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
        Assert.Equal(before.Items, after.Items);
    }

    [Fact]
    public async Task TheDatabaseIsCreatedInWalModeAtTheCurrentSchemaVersion()
    {
        await Store.InitializeAsync(Ct);
        Assert.True(File.Exists(DatabasePath));
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync(Ct);
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT MAX(version) FROM schema_version;"));
    }

    [Fact]
    public async Task ADatabaseFromANewerBuildIsRefused()
    {
        await Store.InitializeAsync(Ct);
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            await connection.OpenAsync(Ct);
            await ScalarAsync(connection, "INSERT INTO schema_version (version) VALUES (99);");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CreateStore().InitializeAsync(Ct));
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
