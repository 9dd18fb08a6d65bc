namespace MigrationBot.Storage;

/// <summary>
/// Identifies a conversation and, for a channel, the team it belongs to. Everything stored about a conversation
/// hangs under its scope (the team when there is one, else the conversation itself), so that uninstalling the bot
/// from a team or a chat deletes all of it at once. Give the same key for a conversation every time: Teams sends the
/// team id with every activity in a channel.
/// </summary>
/// <param name="ConversationId">The conversation id as the channel sent it.</param>
/// <param name="TeamId">The team's id for a channel conversation; <see langword="null"/> for personal and group chats.</param>
public sealed record ConversationKey(string ConversationId, string? TeamId = null)
{
    /// <summary>The unit that an uninstall removes: the team id when there is one, else the conversation id.</summary>
    public string Scope => string.IsNullOrEmpty(TeamId) ? ConversationId : TeamId;

    internal void Validate()
    {
        StoreArguments.RequireId(ConversationId, nameof(ConversationId));
        if (TeamId is not null)
        {
            StoreArguments.RequireId(TeamId, nameof(TeamId));
        }
    }
}
