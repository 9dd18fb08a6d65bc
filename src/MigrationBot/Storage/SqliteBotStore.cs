using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace MigrationBot.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, one pooled connection per operation, and every multi-row write
/// in one immediate transaction, so a write either happens whole or not at all, even if the process dies midway.
/// </summary>
public sealed class SqliteBotStore : IBotStore
{
    private readonly string _connectionString;
    private readonly StorageOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private volatile bool _initialized;

    /// <param name="databasePath">The database file; its folder is created when missing.</param>
    /// <param name="options">Retention periods.</param>
    /// <param name="time">The clock.</param>
    public SqliteBotStore(string databasePath, StorageOptions options, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        DatabasePath = Path.GetFullPath(databasePath);
        _options = options;
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Called after each step of a multi-step write, inside its transaction; tests use it to interrupt one.</summary>
    internal Action<string>? StepCompleted { get; set; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initGate.WaitAsync(cancellationToken);
        try
        {
            if (!_initialized)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
                await using var connection = await OpenAsync(cancellationToken, initializing: true);
                await SqliteSchema.MigrateAsync(connection, cancellationToken);
                _initialized = true;
            }
        }
        finally
        {
            _initGate.Release();
        }
    }

    public async Task<bool> TryMarkProcessedAsync(ConversationKey conversation, string activityId, CancellationToken cancellationToken)
    {
        StoreArguments.RequireConversation(conversation);
        StoreArguments.RequireId(activityId, nameof(activityId));
        var now = _time.GetUtcNow();
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            INSERT INTO processed_activities (scope, conversation_id, activity_id, processed_at)
            VALUES ($scope, $conversation, $activity, $now)
            ON CONFLICT DO UPDATE SET processed_at = excluded.processed_at
            WHERE processed_activities.processed_at <= $cutoff;
            """, conversation);
        command.Parameters.AddWithValue("$activity", activityId);
        command.Parameters.AddWithValue("$now", now.UtcTicks);
        command.Parameters.AddWithValue("$cutoff", Cutoff(now, _options.ProcessedActivityRetention));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task SaveLastAnswerAsync(ConversationKey conversation, LastAnswer answer, CancellationToken cancellationToken)
    {
        StoreArguments.RequireConversation(conversation);
        answer = StoreArguments.LastAnswer(answer);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            INSERT INTO last_answers (scope, conversation_id, question, best_section_id, related_section_ids,
                next_step_section_id, next_step_url, saved_at)
            VALUES ($scope, $conversation, $question, $best, $related, $nextSection, $nextUrl, $now)
            ON CONFLICT DO UPDATE SET question = excluded.question, best_section_id = excluded.best_section_id,
                related_section_ids = excluded.related_section_ids, next_step_section_id = excluded.next_step_section_id,
                next_step_url = excluded.next_step_url, saved_at = excluded.saved_at;
            """, conversation);
        command.Parameters.AddWithValue("$question", answer.Question);
        command.Parameters.AddWithValue("$best", answer.BestSectionId);
        command.Parameters.AddWithValue("$related", JsonSerializer.Serialize(answer.RelatedSectionIds));
        command.Parameters.AddWithValue("$nextSection", (object?)answer.NextStepSectionId ?? DBNull.Value);
        command.Parameters.AddWithValue("$nextUrl", (object?)answer.NextStepUrl ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", _time.GetUtcNow().UtcTicks);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<LastAnswer?> GetLastAnswerAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        StoreArguments.RequireConversation(conversation);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT question, best_section_id, related_section_ids, next_step_section_id, next_step_url FROM last_answers
            WHERE scope = $scope AND conversation_id = $conversation AND saved_at > $cutoff;
            """, conversation);
        command.Parameters.AddWithValue("$cutoff", Cutoff(_time.GetUtcNow(), _options.LastAnswerRetention));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new LastAnswer(
            reader.GetString(0),
            reader.GetString(1),
            JsonSerializer.Deserialize<string[]>(reader.GetString(2)) ?? [],
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4));
    }

    public Task<Installation> SaveInstallationAsync(StoredConversation conversation, string? name, CancellationToken cancellationToken) =>
        SqliteInstallations.SaveAsync(this, conversation, name, cancellationToken);

    public Task<Installation?> GetInstallationAsync(ConversationKey conversation, CancellationToken cancellationToken) =>
        SqliteInstallations.GetAsync(this, conversation, cancellationToken);

    public Task<IReadOnlyList<Installation>> ListInstallationsAsync(string? teamId, CancellationToken cancellationToken) =>
        SqliteInstallations.ListAsync(this, teamId, cancellationToken);

    public async Task RemoveInstallationAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        StoreArguments.RequireConversation(conversation);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        string[] tables = ["processed_activities", "last_answers", "checklist_items", "checklist_cards", "feedback", "installations"];
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"DELETE FROM {table} WHERE scope = $scope;";
            command.Parameters.AddWithValue("$scope", conversation.Scope);
            await command.ExecuteNonQueryAsync(cancellationToken);
            StepCompleted?.Invoke(table);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task<ChecklistProgress> SetChecklistItemAsync(ConversationKey conversation, string cardId, ChecklistChange change, CancellationToken cancellationToken) =>
        SqliteChecklist.SetAsync(this, conversation, cardId, change, cancellationToken);

    public Task<ChecklistProgress?> GetChecklistAsync(ConversationKey conversation, string cardId, CancellationToken cancellationToken) =>
        SqliteChecklist.GetAsync(this, conversation, cardId, cancellationToken);

    public async Task<FeedbackEntry> AddFeedbackAsync(ConversationKey conversation, string sectionId, string question, bool helpful, CancellationToken cancellationToken)
    {
        StoreArguments.RequireConversation(conversation);
        StoreArguments.RequireId(sectionId, nameof(sectionId));
        var entry = new FeedbackEntry(sectionId, StoreArguments.Question(question), helpful, _time.GetUtcNow());
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            INSERT INTO feedback (scope, conversation_id, section_id, question, helpful, given_at)
            VALUES ($scope, $conversation, $section, $question, $helpful, $now);
            """, conversation);
        command.Parameters.AddWithValue("$section", entry.SectionId);
        command.Parameters.AddWithValue("$question", entry.Question);
        command.Parameters.AddWithValue("$helpful", helpful ? 1 : 0);
        command.Parameters.AddWithValue("$now", entry.GivenAt.UtcTicks);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return entry;
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ListFeedbackAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT section_id, question, helpful, given_at FROM feedback WHERE given_at > $cutoff ORDER BY given_at, id;";
        command.Parameters.AddWithValue("$cutoff", Cutoff(_time.GetUtcNow(), _options.FeedbackRetention));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<FeedbackEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new FeedbackEntry(reader.GetString(0), reader.GetString(1), reader.GetInt64(2) != 0, Ticks(reader.GetInt64(3))));
        }

        return entries;
    }

    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var processed = await DeleteAsync("DELETE FROM processed_activities WHERE processed_at <= $cutoff;", _options.ProcessedActivityRetention);
        var answers = await DeleteAsync("DELETE FROM last_answers WHERE saved_at <= $cutoff;", _options.LastAnswerRetention);
        await DeleteAsync("""
            DELETE FROM checklist_items WHERE EXISTS (SELECT 1 FROM checklist_cards c WHERE c.scope = checklist_items.scope
                AND c.conversation_id = checklist_items.conversation_id AND c.card_id = checklist_items.card_id AND c.updated_at <= $cutoff);
            """, _options.ChecklistRetention);
        var checklists = await DeleteAsync("DELETE FROM checklist_cards WHERE updated_at <= $cutoff;", _options.ChecklistRetention);
        var feedback = await DeleteAsync("DELETE FROM feedback WHERE given_at <= $cutoff;", _options.FeedbackRetention);
        await transaction.CommitAsync(cancellationToken);
        return new SweepResult(processed, answers, checklists, feedback);

        async Task<int> DeleteAsync(string sql, TimeSpan retention)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.Parameters.AddWithValue("$cutoff", Cutoff(now, retention));
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    internal TimeProvider Time => _time;

    internal StorageOptions Options => _options;

    /// <summary>Opens a pooled connection with the per-connection settings applied.</summary>
    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken, bool initializing = false)
    {
        if (!initializing)
        {
            await InitializeAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_connectionString);
        var opened = false;
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();

            // FULL makes a commit durable before it is acknowledged; busy_timeout makes writers queue instead of failing.
            pragmas.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            opened = true;
            return connection;
        }
        finally
        {
            if (!opened)
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>A command with the conversation's <c>$scope</c> and <c>$conversation</c> parameters bound.</summary>
    internal static SqliteCommand Command(SqliteConnection connection, string sql, ConversationKey conversation)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$scope", conversation.Scope);
        command.Parameters.AddWithValue("$conversation", conversation.ConversationId);
        return command;
    }

    /// <summary>Records saved at or before the returned tick count are past <paramref name="retention"/>.</summary>
    internal static long Cutoff(DateTimeOffset now, TimeSpan retention) => (now - retention).UtcTicks;

    internal static DateTimeOffset Ticks(long utcTicks) => new(utcTicks, TimeSpan.Zero);
}
