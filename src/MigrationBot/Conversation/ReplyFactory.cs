using MigrationBot.Channel;
using MigrationBot.Guide.Cards;

namespace MigrationBot.Conversation;

/// <summary>
/// Turns a card into the reply activity: the card as an attachment, and its one-line summary as the activity's
/// <c>text</c> and <c>summary</c> for notifications and clients without cards (the card's <c>fallbackText</c> holds its
/// full content as plain text). Sending the whole content as <c>text</c> too would make Teams show the answer twice.
/// </summary>
public static class ReplyFactory
{
    public static Activity FromCard(CardReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return Activity.CreateMessage(reply.Summary, [Attachment.AdaptiveCard(CardJson.ToElement(reply.Card))]) with
        {
            Summary = reply.Summary,
            TextFormat = "plain",
        };
    }

    /// <summary>A plain text reply.</summary>
    public static Activity FromText(string text) => Activity.CreateMessage(text) with { TextFormat = "plain" };
}
