using System.Globalization;
using MigrationBot.Guide.Answering;

namespace MigrationBot.Guide.Cards;

/// <summary>
/// The honest decline: the guide does not cover the question; the closest topics it does cover, and how to rephrase.
/// </summary>
public static class NotCoveredCard
{
    /// <summary>Most closest topics the card offers.</summary>
    public const int MaxClosest = 3;

    /// <summary>Builds the card for a declined answer (or any answer the conversation chooses not to show).</summary>
    public static CardReply Build(Answer answer, MigrationGuide guide, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(culture);
        var text = new CardText(culture);
        var closest = (answer.Closest.Count > 0 ? answer.Closest : answer.Results)
            .DistinctBy(c => c.Section.Id)
            .Take(MaxClosest)
            .ToList();

        var body = new List<CardElement> { CardLayout.Heading(text.NotCoveredHeading) };
        body.Add(string.IsNullOrWhiteSpace(answer.Question)
            ? CardLayout.Paragraph(text.NotCoveredNoQuestion)
            : CardLayout.Literal(text.NotCoveredQuestion, answer.Question));

        if (closest.Count > 0)
        {
            body.Add(CardLayout.SubHeading(text.ClosestHeading));
            body.AddRange(closest.Select(c => new ActionSet([new SubmitAction(TopicName(c, text), new ShowSectionData(c.Section.Id))])
            {
                Spacing = Spacing.Small,
            }));
        }

        var tips = new List<string> { text.RephraseService };
        if (guide.Journey.Count > 0)
        {
            tips.Add(text.RephraseStep(string.Join(text.ListSeparator, guide.Journey.OrderBy(s => s.Number).Select(s => s.Name))));
        }

        tips.Add(text.RephraseShort);
        body.Add(CardLayout.SubHeading(text.RephraseHeading));
        body.AddRange(CardLayout.Bullets(tips));

        var actions = new List<CardAction> { new SubmitAction(text.ShowJourney, new ShowJourneyData()) };
        var lines = new List<string> { text.NotCoveredNoQuestion };
        lines.AddRange(closest.Select(c => "- " + TopicName(c, text) + ": " + c.Section.Url));
        lines.AddRange(tips);
        var plain = CardLayout.PlainText(lines);
        var card = new AdaptiveCard(body, actions)
        {
            FallbackText = plain,
            Speak = CardLayout.Speech($"{text.NotCoveredNoQuestion} {text.RephraseService}"),
        };
        return CardBudget.Fit(new CardReply(card, plain, text.NotCoveredHeading));
    }

    private static string TopicName(AnswerSection topic, CardText text) =>
        CardLayout.Clip(
            topic.Section.Heading is { Length: > 0 } heading ? text.TopicName(topic.Article.Title, heading) : topic.Article.Title,
            90);
}
