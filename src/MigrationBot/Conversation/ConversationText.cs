namespace MigrationBot.Conversation;

/// <summary>The few plain-text replies that are not cards.</summary>
public static class ConversationText
{
    public const string Apology = "Sorry, something went wrong while answering. Please try again in a moment.";

    public const string StillLoading = "The migration guide is still loading. Please ask again in a few seconds.";

    public const string NothingBefore = "Ask a question first; \"next\" and \"more\" then continue from its answer.";

    public const string NoMore = "That was everything the guide has on your last question. Try asking it another way.";

    public const string FeedbackThanks = "Thanks, your feedback was recorded.";

    public const string UnknownSection = "That part of the guide is no longer there; the guide may have been updated. Please ask again.";
}
