using Azure;
using Azure.Data.Tables;

namespace MigrationBot.Storage;

/// <summary>
/// The scaled-out store: Azure Table Storage, one table per kind of record. Every record is partitioned by its
/// conversation's scope (team or chat), so an uninstall is a query of one partition per table. Each write touches
/// one entity, which Table Storage applies atomically; see <c>docs/storage.md</c> for what that means on a crash.
/// </summary>
public sealed class TableBotStore : IBotStore
{
    private readonly TableServiceClient _service;
    private readonly StorageOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private readonly SemaphoreSlim[] _cardGates = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];
    private volatile bool _initialized;

    /// <param name="options">Connection string, table prefix and retention periods.</param>
    /// <param name="time">The clock.</param>
    public TableBotStore(StorageOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.TableConnectionString);
        _options = options;
        _time = time;
        _service = new TableServiceClient(options.TableConnectionString);
        Activities = _service.GetTableClient(options.TablePrefix + "Activities");
        Answers = _service.GetTableClient(options.TablePrefix + "Answers");
        Installations = _service.GetTableClient(options.TablePrefix + "Installations");
        Checklists = _service.GetTableClient(options.TablePrefix + "Checklists");
        Feedback = _service.GetTableClient(options.TablePrefix + "Feedback");
    }

    /// <summary>Called after each table an uninstall has cleared; tests use it to interrupt one.</summary>
    internal Action<string>? StepCompleted { get; set; }

    internal TableClient Activities { get; }

    internal TableClient Answers { get; }

    internal TableClient Installations { get; }

    internal TableClient Checklists { get; }

    internal TableClient Feedback { get; }

    internal TimeProvider Time => _time;

    /// <summary>
    /// Serializes this instance's changes to one card (64 stripes by key), so its own requests do not race each
    /// other; races between instances are settled by ETags.
    /// </summary>
    internal SemaphoreSlim CardGate(string rowKey) => _cardGates[(int)((uint)StringComparer.Ordinal.GetHashCode(rowKey) % (uint)_cardGates.Length)];

    internal StorageOptions Options => _options;

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
                foreach (var table in new[] { Activities, Answers, Installations, Checklists, Feedback })
                {
                    await table.CreateIfNotExistsAsync(cancellationToken);
                }

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
        await InitializeAsync(cancellationToken);
        var now = _time.GetUtcNow();
        var entity = new TableEntity(TableKeys.Of(conversation.Scope), TableKeys.Of(conversation.ConversationId, activityId))
        {
            ["ProcessedAt"] = now.UtcTicks,
        };
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                await Activities.AddEntityAsync(entity, cancellationToken);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Someone marked it first; it counts as new again only when that mark has expired.
            }

            var existing = await Activities.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
            if (!existing.HasValue)
            {
                continue;
            }

            if (existing.Value!.GetInt64("ProcessedAt") > Cutoff(now, _options.ProcessedActivityRetention))
            {
                return false;
            }

            try
            {
                await Activities.UpdateEntityAsync(entity, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                // Another caller renewed or swept the expired mark at the same moment; look again.
            }
        }

        return false;
    }

    public async Task SaveLastAnswerAsync(ConversationKey conversation, LastAnswer answer, CancellationToken cancellationToken)
    {
        StoreArguments.RequireConversation(conversation);
        answer = StoreArguments.LastAnswer(answer);
        await InitializeAsync(cancellationToken);
        var entity = new TableEntity(TableKeys.Of(conversation.Scope), TableKeys.Of(conversation.ConversationId))
        {
            ["ConversationId"] = conversation.ConversationId,
            ["Question"] = answer.Question,
            ["BestSectionId"] = answer.BestSectionId,
            ["RelatedSectionIds"] = System.Text.Json.JsonSerializer.Serialize(answer.RelatedSectionIds),
            ["NextStepSectionId"] = answer.NextStepSectionId,
            ["NextStepUrl"] = answer.NextStepUrl,
            ["UpdatedAt"] = _time.GetUtcNow().UtcTicks,
        };
        await Answers.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<LastAnswer?> GetLastAnswerAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        StoreArguments.RequireConversation(conversation);
        await InitializeAsync(cancellationToken);
        var found = await Answers.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.Of(conversation.Scope), TableKeys.Of(conversation.ConversationId), cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value!.GetInt64("UpdatedAt") <= Cutoff(_time.GetUtcNow(), _options.LastAnswerRetention))
        {
            return null;
        }

        var entity = found.Value;
        return new LastAnswer(
            entity.GetString("Question"),
            entity.GetString("BestSectionId"),
            System.Text.Json.JsonSerializer.Deserialize<string[]>(entity.GetString("RelatedSectionIds")) ?? [],
            entity.GetString("NextStepSectionId"),
            entity.GetString("NextStepUrl"));
    }

    public Task<Installation> SaveInstallationAsync(StoredConversation conversation, string? name, CancellationToken cancellationToken) =>
        TableInstallations.SaveAsync(this, conversation, name, cancellationToken);

    public Task<Installation?> GetInstallationAsync(ConversationKey conversation, CancellationToken cancellationToken) =>
        TableInstallations.GetAsync(this, conversation, cancellationToken);

    public Task<IReadOnlyList<Installation>> ListInstallationsAsync(string? teamId, CancellationToken cancellationToken) =>
        TableInstallations.ListAsync(this, teamId, cancellationToken);

    public async Task RemoveInstallationAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        StoreArguments.RequireConversation(conversation);
        await InitializeAsync(cancellationToken);
        var partition = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Of(conversation.Scope)}");

        // The installation goes last: until it is gone, the removal is visibly unfinished and can be repeated.
        foreach (var table in new[] { Activities, Answers, Checklists, Feedback, Installations })
        {
            await DeleteAllAsync(table, partition, onlyUnchanged: false, cancellationToken);
            StepCompleted?.Invoke(table.Name);
        }
    }

    public Task<ChecklistProgress> SetChecklistItemAsync(ConversationKey conversation, string cardId, ChecklistChange change, CancellationToken cancellationToken) =>
        TableChecklist.SetAsync(this, conversation, cardId, change, cancellationToken);

    public Task<ChecklistProgress?> GetChecklistAsync(ConversationKey conversation, string cardId, CancellationToken cancellationToken) =>
        TableChecklist.GetAsync(this, conversation, cardId, cancellationToken);

    public async Task<FeedbackEntry> AddFeedbackAsync(ConversationKey conversation, string sectionId, string question, bool helpful, CancellationToken cancellationToken)
    {
        StoreArguments.RequireConversation(conversation);
        StoreArguments.RequireId(sectionId, nameof(sectionId));
        await InitializeAsync(cancellationToken);
        var entry = new FeedbackEntry(sectionId, StoreArguments.Question(question), helpful, _time.GetUtcNow());
        var rowKey = $"{entry.GivenAt.UtcTicks:D19}-{Guid.NewGuid():N}";
        var entity = new TableEntity(TableKeys.Of(conversation.Scope), rowKey)
        {
            ["ConversationId"] = conversation.ConversationId,
            ["SectionId"] = entry.SectionId,
            ["Question"] = entry.Question,
            ["Helpful"] = entry.Helpful,
            ["UpdatedAt"] = entry.GivenAt.UtcTicks,
        };
        await Feedback.AddEntityAsync(entity, cancellationToken);
        return entry;
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ListFeedbackAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var cutoff = Cutoff(_time.GetUtcNow(), _options.FeedbackRetention);
        var rows = new List<TableEntity>();
        await foreach (var entity in Feedback.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"UpdatedAt gt {cutoff}"), cancellationToken: cancellationToken))
        {
            rows.Add(entity);
        }

        return [.. rows
            .OrderBy(e => e.RowKey, StringComparer.Ordinal)
            .Select(e => new FeedbackEntry(e.GetString("SectionId"), e.GetString("Question"), e.GetBoolean("Helpful") ?? false, Ticks(e.GetInt64("UpdatedAt")))),];
    }

    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var now = _time.GetUtcNow();
        return new SweepResult(
            await DeleteAllAsync(Activities, Expired("ProcessedAt", now, _options.ProcessedActivityRetention), onlyUnchanged: true, cancellationToken),
            await DeleteAllAsync(Answers, Expired("UpdatedAt", now, _options.LastAnswerRetention), onlyUnchanged: true, cancellationToken),
            await DeleteAllAsync(Checklists, Expired("UpdatedAt", now, _options.ChecklistRetention), onlyUnchanged: true, cancellationToken),
            await DeleteAllAsync(Feedback, Expired("UpdatedAt", now, _options.FeedbackRetention), onlyUnchanged: true, cancellationToken));
    }

    internal static long Cutoff(DateTimeOffset now, TimeSpan retention) => (now - retention).UtcTicks;

    internal static DateTimeOffset Ticks(long? utcTicks) => new(utcTicks ?? 0, TimeSpan.Zero);

    private static string Expired(string property, DateTimeOffset now, TimeSpan retention) =>
        $"{property} le {Cutoff(now, retention)}L";

    /// <summary>
    /// Deletes what <paramref name="filter"/> finds. With <paramref name="onlyUnchanged"/>, an entity written since the
    /// query (a card ticked again just as it expired) is kept: the delete is conditional on the queried ETag.
    /// </summary>
    private static async Task<int> DeleteAllAsync(TableClient table, string filter, bool onlyUnchanged, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            try
            {
                await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, onlyUnchanged ? entity.ETag : ETag.All, cancellationToken);
                deleted++;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Already gone (another instance got there first), or written again since the query and so kept.
            }
        }

        return deleted;
    }
}
