using System.Text;

namespace MigrationBot.Guide.Cards;

/// <summary>
/// Keeps a reply under Teams' 28 KB activity limit whatever the script of the guide: when the card and its plain
/// text take more than <see cref="MaxBytes"/> as UTF-8, every text is cut shorter until they fit.
/// </summary>
public static class CardBudget
{
    /// <summary>Most bytes of card JSON plus plain text; the rest of the 28 KB is left for the activity envelope.</summary>
    public const int MaxBytes = 24 * 1024;

    /// <summary>The reply itself when it fits, else the reply with its texts cut to fit.</summary>
    public static CardReply Fit(CardReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var length = CardLayout.MaxTextLength;
        while (Size(reply) > MaxBytes && length > 10)
        {
            length /= 2;
            reply = new CardReply(
                Shrink(reply.Card, length),
                CardLayout.Clip(reply.Text, length * 2),
                CardLayout.Clip(reply.Summary, length));
        }

        return reply;
    }

    /// <summary>UTF-8 bytes of the card's JSON, the text and the summary.</summary>
    public static int Size(CardReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return Encoding.UTF8.GetByteCount(CardJson.Serialize(reply.Card))
            + Encoding.UTF8.GetByteCount(reply.Text)
            + Encoding.UTF8.GetByteCount(reply.Summary);
    }

    private static AdaptiveCard Shrink(AdaptiveCard card, int length) =>
        card with
        {
            Body = [.. card.Body.Select(e => Shrink(e, length))],
            Actions = [.. card.Actions.Select(a => Shrink(a, length))],
            FallbackText = card.FallbackText is null ? null : CardLayout.Clip(card.FallbackText, length * 2),
            Speak = card.Speak is null ? null : CardLayout.Clip(card.Speak, length),
        };

    private static CardElement Shrink(CardElement element, int length) => element switch
    {
        TextBlock block => block with { Text = CardLayout.Clip(block.Text, length) },
        RichTextBlock rich => rich with { Inlines = [.. rich.Inlines.Select(r => r with { Text = CardLayout.Clip(r.Text, length) })] },
        FactSet facts => facts with { Facts = [.. facts.Facts.Select(f => new Fact(CardLayout.Clip(f.Title, length), CardLayout.Clip(f.Value, length)))] },
        Container container => container with { Items = [.. container.Items.Select(e => Shrink(e, length))] },
        ColumnSet columns => columns with { Columns = [.. columns.Columns.Select(c => c with { Items = [.. c.Items.Select(e => Shrink(e, length))] })] },
        ActionSet actions => actions with { Actions = [.. actions.Actions.Select(a => Shrink(a, length))] },
        ToggleInput toggle => toggle with { Title = CardLayout.Clip(toggle.Title, length) },
        _ => element,
    };

    private static CardAction Shrink(CardAction action, int length) => action switch
    {
        ShowCardAction show => show with { Title = CardLayout.Clip(show.Title, length), Card = Shrink(show.Card, length) },
        _ => action with { Title = CardLayout.Clip(action.Title, length) },
    };
}
