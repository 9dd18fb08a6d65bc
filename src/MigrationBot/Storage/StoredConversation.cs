namespace MigrationBot.Storage;

/// <summary>What the bot needs to write into a conversation later: a conversation reference, without the user.</summary>
/// <param name="ChannelId">The channel, <c>msteams</c> in Teams.</param>
/// <param name="ServiceUrl">The Bot Connector endpoint that serves this conversation.</param>
/// <param name="ConversationId">The conversation id.</param>
/// <param name="Kind">Personal chat, group chat or channel.</param>
/// <param name="TenantId">The Entra tenant of the conversation.</param>
/// <param name="TeamId">The team's id for a channel; <see langword="null"/> otherwise.</param>
/// <param name="BotId">The bot's id in this conversation (<c>28:...</c> in Teams).</param>
public sealed record StoredConversation(
    string ChannelId,
    string ServiceUrl,
    string ConversationId,
    ConversationKind Kind,
    string? TenantId,
    string? TeamId,
    string BotId)
{
    /// <summary>The key under which everything about this conversation is stored.</summary>
    public ConversationKey Key => new(ConversationId, TeamId);

    internal void Validate()
    {
        Key.Validate();
        StoreArguments.RequireId(ChannelId, nameof(ChannelId));
        StoreArguments.RequireId(BotId, nameof(BotId));
        if (!Uri.TryCreate(ServiceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The service URL '{ServiceUrl}' is not an absolute http(s) URL.", nameof(ServiceUrl));
        }

        if (!Enum.IsDefined(Kind))
        {
            throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown conversation kind.");
        }
    }
}
