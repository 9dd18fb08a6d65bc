using MigrationBot.Channel;
using MigrationBot.Storage;

namespace MigrationBot.Conversation;

/// <summary>Translates an inbound activity's conversation into the store's keys.</summary>
public static class ConversationScope
{
    /// <summary>The store key: the conversation, and the team when the activity comes from a team's channel.</summary>
    public static ConversationKey KeyOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var teamId = TeamsChannelData.From(activity).Team?.Id;
        return new ConversationKey(activity.Conversation?.Id ?? string.Empty, string.IsNullOrEmpty(teamId) ? null : teamId);
    }

    /// <summary>What the store keeps about an installation, with what proactive messages need later.</summary>
    public static StoredConversation Describe(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = KeyOf(activity);
        return new StoredConversation(
            activity.ChannelId ?? "msteams",
            activity.ServiceUrl ?? string.Empty,
            key.ConversationId,
            KindOf(activity),
            activity.GetTenantId(),
            key.TeamId,
            activity.Recipient?.Id ?? string.Empty);
    }

    private static ConversationKind KindOf(Activity activity) => activity.Conversation?.ConversationType switch
    {
        "channel" => ConversationKind.Channel,
        "groupChat" => ConversationKind.GroupChat,
        _ when TeamsChannelData.From(activity).Team is not null => ConversationKind.Channel,
        _ when activity.Conversation?.IsGroup == true => ConversationKind.GroupChat,
        _ => ConversationKind.Personal,
    };
}
