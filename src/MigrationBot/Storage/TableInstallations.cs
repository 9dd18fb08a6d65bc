using Azure.Data.Tables;

namespace MigrationBot.Storage;

/// <summary>Maps an <see cref="Installation"/> to and from its Table Storage entity.</summary>
internal static class TableInstallations
{
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
