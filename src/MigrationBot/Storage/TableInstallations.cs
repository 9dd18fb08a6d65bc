using Azure.Data.Tables;

namespace MigrationBot.Storage;

/// <summary>Installations in Table Storage: one entity per conversation, in its scope's partition.</summary>
internal static class TableInstallations
{
    public static async Task<Installation> SaveAsync(TableBotStore store, StoredConversation conversation, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        conversation.Validate();
        await store.InitializeAsync(cancellationToken);
        var installation = new Installation(conversation, name is null ? null : StoreArguments.Name(name), store.Time.GetUtcNow());
        await store.Installations.UpsertEntityAsync(ToEntity(installation), TableUpdateMode.Replace, cancellationToken);
        return installation;
    }

    public static async Task<Installation?> GetAsync(TableBotStore store, ConversationKey conversation, CancellationToken cancellationToken)
    {
        StoreArguments.RequireConversation(conversation);
        await store.InitializeAsync(cancellationToken);
        var found = await store.Installations.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.Of(conversation.Scope), TableKeys.Of(conversation.ConversationId), cancellationToken: cancellationToken);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    public static async Task<IReadOnlyList<Installation>> ListAsync(TableBotStore store, string? teamId, CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        string? filter = null;
        if (teamId is not null)
        {
            StoreArguments.RequireId(teamId, nameof(teamId));
            filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Of(teamId)} and TeamId eq {teamId}");
        }

        var installations = new List<Installation>();
        await foreach (var entity in store.Installations.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            installations.Add(FromEntity(entity));
        }

        installations.Sort((a, b) => string.CompareOrdinal(a.Conversation.ConversationId, b.Conversation.ConversationId));
        return installations;
    }

    public static TableEntity ToEntity(Installation installation)
    {
        var conversation = installation.Conversation;
        return new TableEntity(TableKeys.Of(conversation.Key.Scope), TableKeys.Of(conversation.ConversationId))
        {
            ["ConversationId"] = conversation.ConversationId,
            ["ChannelId"] = conversation.ChannelId,
            ["ServiceUrl"] = conversation.ServiceUrl,
            ["Kind"] = conversation.Kind.ToString(),
            ["TenantId"] = conversation.TenantId,
            ["TeamId"] = conversation.TeamId,
            ["BotId"] = conversation.BotId,
            ["Name"] = installation.Name,
            ["SavedAt"] = installation.SavedAt.UtcTicks,
        };
    }

    public static Installation FromEntity(TableEntity entity)
    {
        var conversation = new StoredConversation(
            entity.GetString("ChannelId"),
            entity.GetString("ServiceUrl"),
            entity.GetString("ConversationId"),
            Enum.Parse<ConversationKind>(entity.GetString("Kind")),
            entity.GetString("TenantId"),
            entity.GetString("TeamId"),
            entity.GetString("BotId"));
        return new Installation(conversation, entity.GetString("Name"), TableBotStore.Ticks(entity.GetInt64("SavedAt")));
    }
}
