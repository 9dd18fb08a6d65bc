namespace MigrationBot.Channel;

/// <summary>Where a conversation lives: enough to reply to it or post to it later.</summary>
public sealed record ConversationReference
{
    /// <summary>The id of the activity this reference was taken from.</summary>
    public string? ActivityId { get; init; }

    public ChannelAccount? User { get; init; }

    public ChannelAccount? Bot { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? ChannelId { get; init; }

    public string? ServiceUrl { get; init; }

    public string? Locale { get; init; }

    /// <summary>
    /// Completes an outgoing activity for this conversation: the bot as sender, the user as recipient, the conversation,
    /// the channel, and <c>replyToId</c> when <paramref name="replyToId"/> is given. Fields already set are kept.
    /// </summary>
    public Activity ApplyTo(Activity activity, string? replyToId = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity with
        {
            From = activity.From ?? Bot,
            Recipient = activity.Recipient ?? User,
            Conversation = activity.Conversation ?? Conversation,
            ChannelId = activity.ChannelId ?? ChannelId,
            Locale = activity.Locale ?? Locale,
            ReplyToId = activity.ReplyToId ?? replyToId,
            ServiceUrl = null,
        };
    }
}
