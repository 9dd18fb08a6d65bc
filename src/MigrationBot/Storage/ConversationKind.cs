namespace MigrationBot.Storage;

/// <summary>Where a conversation happens in Teams.</summary>
public enum ConversationKind
{
    /// <summary>A one-to-one chat between a user and the bot.</summary>
    Personal,

    /// <summary>A group chat the bot was added to.</summary>
    GroupChat,

    /// <summary>A channel of a team.</summary>
    Channel,
}
