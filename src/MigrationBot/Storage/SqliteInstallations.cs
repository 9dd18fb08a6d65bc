using Microsoft.Data.Sqlite;

namespace MigrationBot.Storage;

/// <summary>Installations in SQLite: one row per conversation, keyed by its scope and id, indexed by team.</summary>
internal static class SqliteInstallations
{
    private const string SelectInstallations =
        "SELECT channel_id, service_url, conversation_id, kind, tenant_id, team_id, bot_id, name, saved_at FROM installations";

    public static async Task<Installation> SaveAsync(SqliteBotStore store, StoredConversation conversation, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        conversation.Validate();
        var installation = new Installation(conversation, name is null ? null : StoreArguments.Name(name), store.Time.GetUtcNow());
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = SqliteBotStore.Command(connection, """
            INSERT INTO installations (scope, conversation_id, channel_id, service_url, kind, tenant_id, team_id, bot_id, name, saved_at)
            VALUES ($scope, $conversation, $channel, $serviceUrl, $kind, $tenant, $team, $bot, $name, $now)
            ON CONFLICT DO UPDATE SET channel_id = excluded.channel_id, service_url = excluded.service_url,
                kind = excluded.kind, tenant_id = excluded.tenant_id, team_id = excluded.team_id, bot_id = excluded.bot_id,
                name = excluded.name, saved_at = excluded.saved_at;
            """, conversation.Key);
        command.Parameters.AddWithValue("$channel", conversation.ChannelId);
        command.Parameters.AddWithValue("$serviceUrl", conversation.ServiceUrl);
        command.Parameters.AddWithValue("$kind", conversation.Kind.ToString());
        command.Parameters.AddWithValue("$tenant", (object?)conversation.TenantId ?? DBNull.Value);
        command.Parameters.AddWithValue("$team", (object?)conversation.TeamId ?? DBNull.Value);
        command.Parameters.AddWithValue("$bot", conversation.BotId);
        command.Parameters.AddWithValue("$name", (object?)installation.Name ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", installation.SavedAt.UtcTicks);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return installation;
    }

    public static async Task<Installation?> GetAsync(SqliteBotStore store, ConversationKey conversation, CancellationToken cancellationToken)
    {
        StoreArguments.RequireConversation(conversation);
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = SqliteBotStore.Command(connection, $"{SelectInstallations} WHERE scope = $scope AND conversation_id = $conversation;", conversation);
        var found = await ReadInstallationsAsync(command, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public static async Task<IReadOnlyList<Installation>> ListAsync(SqliteBotStore store, string? teamId, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        if (teamId is null)
        {
            command.CommandText = $"{SelectInstallations} ORDER BY conversation_id;";
        }
        else
        {
            StoreArguments.RequireId(teamId, nameof(teamId));
            command.CommandText = $"{SelectInstallations} WHERE team_id = $team ORDER BY conversation_id;";
            command.Parameters.AddWithValue("$team", teamId);
        }

        return await ReadInstallationsAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<Installation>> ReadInstallationsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var installations = new List<Installation>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var conversation = new StoredConversation(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                Enum.Parse<ConversationKind>(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetString(6));
            installations.Add(new Installation(conversation, reader.IsDBNull(7) ? null : reader.GetString(7), SqliteBotStore.Ticks(reader.GetInt64(8))));
        }

        return installations;
    }
}
