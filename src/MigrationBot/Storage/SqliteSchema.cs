using Microsoft.Data.Sqlite;

namespace MigrationBot.Storage;

/// <summary>
/// The SQLite schema as numbered migrations. <see cref="MigrateAsync"/> applies the missing ones in one
/// immediate transaction, so two processes starting together cannot both migrate, and a failed start leaves the
/// previous version intact.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Each entry moves the schema up one version; append, never edit.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE processed_activities (
            scope TEXT NOT NULL, conversation_id TEXT NOT NULL, activity_id TEXT NOT NULL,
            processed_at INTEGER NOT NULL,
            PRIMARY KEY (scope, conversation_id, activity_id)) WITHOUT ROWID;
        CREATE INDEX processed_activities_by_time ON processed_activities (processed_at);

        CREATE TABLE last_answers (
            scope TEXT NOT NULL, conversation_id TEXT NOT NULL,
            question TEXT NOT NULL, best_section_id TEXT NOT NULL, related_section_ids TEXT NOT NULL,
            next_step_section_id TEXT, next_step_url TEXT, saved_at INTEGER NOT NULL,
            PRIMARY KEY (scope, conversation_id)) WITHOUT ROWID;
        CREATE INDEX last_answers_by_time ON last_answers (saved_at);

        CREATE TABLE installations (
            scope TEXT NOT NULL, conversation_id TEXT NOT NULL,
            channel_id TEXT NOT NULL, service_url TEXT NOT NULL, kind TEXT NOT NULL, tenant_id TEXT, team_id TEXT,
            bot_id TEXT NOT NULL, name TEXT, saved_at INTEGER NOT NULL,
            PRIMARY KEY (scope, conversation_id)) WITHOUT ROWID;
        CREATE INDEX installations_by_team ON installations (team_id);

        CREATE TABLE checklist_cards (
            scope TEXT NOT NULL, conversation_id TEXT NOT NULL, card_id TEXT NOT NULL, updated_at INTEGER NOT NULL,
            PRIMARY KEY (scope, conversation_id, card_id)) WITHOUT ROWID;
        CREATE INDEX checklist_cards_by_time ON checklist_cards (updated_at);

        CREATE TABLE checklist_items (
            scope TEXT NOT NULL, conversation_id TEXT NOT NULL, card_id TEXT NOT NULL, item_id TEXT NOT NULL,
            done INTEGER NOT NULL, user_id TEXT NOT NULL, user_name TEXT NOT NULL, changed_at INTEGER NOT NULL,
            PRIMARY KEY (scope, conversation_id, card_id, item_id)) WITHOUT ROWID;

        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT, scope TEXT NOT NULL, conversation_id TEXT NOT NULL,
            section_id TEXT NOT NULL, question TEXT NOT NULL, helpful INTEGER NOT NULL, given_at INTEGER NOT NULL);
        CREATE INDEX feedback_by_scope ON feedback (scope);
        CREATE INDEX feedback_by_time ON feedback (given_at);
        """,
    ];

    /// <summary>The version this build writes.</summary>
    public static int LatestVersion => Migrations.Length;

    /// <summary>Brings the database up to <see cref="LatestVersion"/>; refuses a database from a newer build.</summary>
    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using (var wal = connection.CreateCommand())
        {
            // WAL lets readers run beside the one writer; the mode is stored in the file, so setting it once sticks.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        // Immediate: the write lock is taken up front, so a second process waits instead of failing midway.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        int current;
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
            current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The SQLite database '{connection.DataSource}' has schema version {current}, newer than this build's {LatestVersion}.");
        }

        for (var version = current + 1; version <= LatestVersion; version++)
        {
            await using var migrate = connection.CreateCommand();
            migrate.Transaction = transaction;
            migrate.CommandText = Migrations[version - 1] + "\nINSERT INTO schema_version (version) VALUES ($version);";
            migrate.Parameters.AddWithValue("$version", version);
            await migrate.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
