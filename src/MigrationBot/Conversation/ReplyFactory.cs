using MigrationBot.Channel;
using MigrationBot.Guide.Cards;

namespace MigrationBot.Conversation;

/// <summary>Turns a card into the reply activity: the card as an attachment, with plain text and a summary beside it.</summary>
public static class ReplyFactory
{
    public static Activity FromCard(CardReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return Activity.CreateMessage(reply.Text, [Attachment.AdaptiveCard(CardJson.ToElement(reply.Card))]) with
        {
            Summary = reply.Summary,
            TextFormat = "plain",
        };
    }

    /// <summary>A plain text reply.</summary>
    public static Activity FromText(string text) => Activity.CreateMessage(text) with { TextFormat = "plain" };
}
