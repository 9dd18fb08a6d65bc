namespace MigrationBot.Channel;

/// <summary>
/// One validated inbound activity, who sent it, and the way back: replies go through the <see cref="ConnectorClient"/>
/// to the activity's conversation. <see cref="ConversationId"/> and <see cref="ActivityId"/> identify a re-delivery.
/// </summary>
public sealed class TurnContext
{
    public TurnContext(Activity activity, CallerIdentity caller, ConnectorClient connector, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(connector);
        Activity = activity;
        Caller = caller;
        Connector = connector;
        ReceivedAt = receivedAt;
        Reference = activity.GetConversationReference();
    }

    /// <summary>The inbound activity, already parsed and authenticated.</summary>
    public Activity Activity { get; }

    public CallerIdentity Caller { get; }

    /// <summary>The Connector client for calls beyond replying (update, create conversation, members, channels).</summary>
    public ConnectorClient Connector { get; }

    /// <summary>When the endpoint accepted the activity, for answer latency.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The reference to store for proactive messages to this conversation.</summary>
    public ConversationReference Reference { get; }

    /// <summary>The conversation id (always present: the endpoint refuses activities without one).</summary>
    public string ConversationId => Activity.Conversation?.Id ?? string.Empty;

    /// <summary>The channel's id of the activity; a re-delivery carries the same one.</summary>
    public string? ActivityId => Activity.Id;

    /// <summary>
    /// Sends <paramref name="reply"/> to the conversation, as a reply to the inbound activity when it has an id.
    /// Sender, recipient and conversation are filled in from the inbound activity unless already set.
    /// </summary>
    public Task<ResourceResponse> ReplyAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return string.IsNullOrEmpty(Activity.Id)
            ? Connector.SendToConversationAsync(Reference, reply, cancellationToken)
            : Connector.ReplyToActivityAsync(Reference, Activity.Id, reply, cancellationToken);
    }

    /// <summary>Shows the typing indicator in the conversation.</summary>
    public Task SendTypingAsync(CancellationToken cancellationToken) =>
        Connector.SendToConversationAsync(Reference, Activity.CreateTyping(), cancellationToken);
}
