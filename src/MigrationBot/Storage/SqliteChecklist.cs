using Microsoft.Data.Sqlite;

namespace MigrationBot.Storage;

/// <summary>
/// Checklist progress in SQLite: a row per card (its last change) and a row per item. A change is one immediate
/// transaction that writes the item, stamps the card and reads the card back, so concurrent changes queue on the
/// write lock and each caller gets the state its own change produced.
/// </summary>
internal static class SqliteChecklist
{
    public static async Task<ChecklistProgress> SetAsync(SqliteBotStore store, ConversationKey conversation, string cardId, ChecklistChange change, CancellationToken cancellationToken)
    {
        StoreArguments.RequireConversation(conversation);
        StoreArguments.RequireId(cardId, nameof(cardId));
        change = StoreArguments.Change(change);
        var now = store.Time.GetUtcNow();
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);

        // A card past its retention reads as absent, so a change to it starts a fresh card.
        await ExecuteAsync("""
            DELETE FROM checklist_items WHERE scope = $scope AND conversation_id = $conversation AND card_id = $card
                AND EXISTS (SELECT 1 FROM checklist_cards WHERE scope = $scope AND conversation_id = $conversation
                    AND card_id = $card AND updated_at <= $cutoff);
            """);
        await RequireRoomAsync();
        await ExecuteAsync("""
            INSERT INTO checklist_cards (scope, conversation_id, card_id, updated_at) VALUES ($scope, $conversation, $card, $now)
            ON CONFLICT DO UPDATE SET updated_at = excluded.updated_at;
            """);
        store.StepCompleted?.Invoke("checklist_cards");
        await ExecuteAsync("""
            INSERT INTO checklist_items (scope, conversation_id, card_id, item_id, done, user_id, user_name, changed_at)
            VALUES ($scope, $conversation, $card, $item, $done, $user, $userName, $now)
            ON CONFLICT DO UPDATE SET done = excluded.done, user_id = excluded.user_id, user_name = excluded.user_name,
                changed_at = excluded.changed_at;
            """);
        store.StepCompleted?.Invoke("checklist_items");
        var progress = await ReadAsync(connection, transaction, conversation, cardId, long.MinValue, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return progress!;

        async Task ExecuteAsync(string sql)
        {
            await using var command = Bind(SqliteBotStore.Command(connection, sql, conversation));
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        async Task RequireRoomAsync()
        {
            await using var command = Bind(SqliteBotStore.Command(connection, """
                SELECT COUNT(*) FROM checklist_items
                WHERE scope = $scope AND conversation_id = $conversation AND card_id = $card AND item_id <> $item;
                """, conversation));
            command.Transaction = transaction;
            var others = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            if (others >= StoreArguments.MaxChecklistItems)
            {
                throw new ArgumentException($"Card '{cardId}' already has {others} checklist items; at most {StoreArguments.MaxChecklistItems} are kept.", nameof(change));
            }
        }

        SqliteCommand Bind(SqliteCommand command)
        {
            command.Parameters.AddWithValue("$card", cardId);
            command.Parameters.AddWithValue("$item", change.ItemId);
            command.Parameters.AddWithValue("$done", change.Done ? 1 : 0);
            command.Parameters.AddWithValue("$user", change.UserId);
            command.Parameters.AddWithValue("$userName", change.UserName);
            command.Parameters.AddWithValue("$now", now.UtcTicks);
            command.Parameters.AddWithValue("$cutoff", SqliteBotStore.Cutoff(now, store.Options.ChecklistRetention));
            return command;
        }
    }

    public static async Task<ChecklistProgress?> GetAsync(SqliteBotStore store, ConversationKey conversation, string cardId, CancellationToken cancellationToken)
    {
        StoreArguments.RequireConversation(conversation);
        StoreArguments.RequireId(cardId, nameof(cardId));
        await using var connection = await store.OpenAsync(cancellationToken);

        // A deferred transaction is one consistent snapshot of the card row and its items.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var cutoff = SqliteBotStore.Cutoff(store.Time.GetUtcNow(), store.Options.ChecklistRetention);
        return await ReadAsync(connection, transaction, conversation, cardId, cutoff, cancellationToken);
    }

    private static async Task<ChecklistProgress?> ReadAsync(
        SqliteConnection connection, SqliteTransaction transaction, ConversationKey conversation, string cardId, long cutoff, CancellationToken cancellationToken)
    {
        DateTimeOffset updatedAt;
        await using (var card = SqliteBotStore.Command(connection, """
            SELECT updated_at FROM checklist_cards
            WHERE scope = $scope AND conversation_id = $conversation AND card_id = $card AND updated_at > $cutoff;
            """, conversation))
        {
            card.Transaction = transaction;
            card.Parameters.AddWithValue("$card", cardId);
            card.Parameters.AddWithValue("$cutoff", cutoff);
            if (await card.ExecuteScalarAsync(cancellationToken) is not long ticks)
            {
                return null;
            }

            updatedAt = SqliteBotStore.Ticks(ticks);
        }

        await using var items = SqliteBotStore.Command(connection, """
            SELECT item_id, done, user_id, user_name, changed_at FROM checklist_items
            WHERE scope = $scope AND conversation_id = $conversation AND card_id = $card ORDER BY item_id;
            """, conversation);
        items.Transaction = transaction;
        items.Parameters.AddWithValue("$card", cardId);
        await using var reader = await items.ExecuteReaderAsync(cancellationToken);
        var states = new List<ChecklistItemState>();
        while (await reader.ReadAsync(cancellationToken))
        {
            states.Add(new ChecklistItemState(
                reader.GetString(0), reader.GetInt64(1) != 0, reader.GetString(2), reader.GetString(3), SqliteBotStore.Ticks(reader.GetInt64(4))));
        }

        return new ChecklistProgress(cardId, states, updatedAt);
    }
}
