using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace MigrationBot.Storage;

/// <summary>
/// Checklist progress in Table Storage: one entity per posted card, its items as a JSON array. A change reads the
/// entity, applies itself, and writes back only if the ETag is unchanged; on a conflict it reads again and retries,
/// a bounded number of times with a growing random pause. Within one instance, changes to a card queue on a gate
/// first, so conflicts arise only between instances. One entity per card makes every change, and the state it
/// returns, a single atomic write. A card's items (at most <see cref="StoreArguments.MaxChecklistItems"/>) fit well within an
/// entity's 1 MiB; the JSON is split over properties <c>Items0</c>, <c>Items1</c>, ... to stay under 64 KiB per property.
/// </summary>
internal static class TableChecklist
{
    /// <summary>Attempts before a change gives up; reached only under heavy, sustained contention on one card.</summary>
    public const int MaxAttempts = 40;

    public static async Task<ChecklistProgress> SetAsync(TableBotStore store, ConversationKey conversation, string cardId, ChecklistChange change, CancellationToken cancellationToken)
    {
        StoreArguments.RequireConversation(conversation);
        StoreArguments.RequireId(cardId, nameof(cardId));
        change = StoreArguments.Change(change);
        await store.InitializeAsync(cancellationToken);
        var partitionKey = TableKeys.Of(conversation.Scope);
        var rowKey = TableKeys.Of(conversation.ConversationId, cardId);
        var gate = store.CardGate(rowKey);
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await SetAsync(store, partitionKey, rowKey, conversation, cardId, change, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<ChecklistProgress> SetAsync(
        TableBotStore store, string partitionKey, string rowKey, ConversationKey conversation, string cardId, ChecklistChange change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var now = store.Time.GetUtcNow();
            var found = await store.Checklists.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
            var expired = found.HasValue && found.Value!.GetInt64("UpdatedAt") <= TableBotStore.Cutoff(now, store.Options.ChecklistRetention);
            var items = found.HasValue && !expired ? ReadItems(found.Value!) : [];
            items.RemoveAll(i => i.ItemId == change.ItemId);
            if (items.Count >= StoreArguments.MaxChecklistItems)
            {
                throw new ArgumentException($"Card '{cardId}' already has {items.Count} checklist items; at most {StoreArguments.MaxChecklistItems} are kept.", nameof(change));
            }

            items.Add(new ChecklistItemState(change.ItemId, change.Done, change.UserId, change.UserName, now));
            items.Sort((a, b) => string.CompareOrdinal(a.ItemId, b.ItemId));
            var entity = new TableEntity(partitionKey, rowKey)
            {
                ["ConversationId"] = conversation.ConversationId,
                ["CardId"] = cardId,
                ["UpdatedAt"] = now.UtcTicks,
            };
            WriteItems(entity, items);
            try
            {
                if (found.HasValue)
                {
                    await store.Checklists.UpdateEntityAsync(entity, found.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await store.Checklists.AddEntityAsync(entity, cancellationToken);
                }

                return new ChecklistProgress(cardId, items, now);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
            {
                // Another change won the race (or the card was swept meanwhile): read the new state and apply again.
                // The pause is real time, not the store's clock: it spaces out requests, it does not date anything.
                var ceiling = Math.Min(200, 5 << Math.Min(attempt, 6));
                await Task.Delay(Random.Shared.Next(1, ceiling), cancellationToken);
            }
        }

        throw new InvalidOperationException(
            $"Checklist card '{cardId}' changed under {MaxAttempts} attempts in a row; the change to item '{change.ItemId}' was not saved.");
    }

    public static async Task<ChecklistProgress?> GetAsync(TableBotStore store, ConversationKey conversation, string cardId, CancellationToken cancellationToken)
    {
        StoreArguments.RequireConversation(conversation);
        StoreArguments.RequireId(cardId, nameof(cardId));
        await store.InitializeAsync(cancellationToken);
        var found = await store.Checklists.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.Of(conversation.Scope), TableKeys.Of(conversation.ConversationId, cardId), cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }

        var updatedAt = found.Value!.GetInt64("UpdatedAt");
        return updatedAt <= TableBotStore.Cutoff(store.Time.GetUtcNow(), store.Options.ChecklistRetention)
            ? null
            : new ChecklistProgress(cardId, ReadItems(found.Value), TableBotStore.Ticks(updatedAt));
    }

    /// <summary>Characters per property: 30,000 UTF-16 characters stay under the 64 KiB property limit.</summary>
    private const int ChunkLength = 30_000;

    private static void WriteItems(TableEntity entity, List<ChecklistItemState> items)
    {
        var json = JsonSerializer.Serialize(items);
        for (int start = 0, index = 0; start < json.Length; start += ChunkLength, index++)
        {
            entity[$"Items{index}"] = json.Substring(start, Math.Min(ChunkLength, json.Length - start));
        }
    }

    private static List<ChecklistItemState> ReadItems(TableEntity entity)
    {
        var json = new System.Text.StringBuilder();
        for (var index = 0; entity.GetString($"Items{index}") is { } chunk; index++)
        {
            json.Append(chunk);
        }

        return json.Length == 0 ? [] : JsonSerializer.Deserialize<List<ChecklistItemState>>(json.ToString()) ?? [];
    }
}
