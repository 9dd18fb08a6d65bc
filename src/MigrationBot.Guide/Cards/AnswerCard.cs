using System.Globalization;
using MigrationBot.Guide.Answering;

namespace MigrationBot.Guide.Cards;

/// <summary>
/// The card for an answer: where it sits in the guide, the section's heading, the summary as bullets, the
/// matching mapping rows, a button for the next step, the article's date and feedback buttons; at the bottom,
/// buttons for the full article and more answers (the related sections with their links).
/// </summary>
public static class AnswerCard
{
    /// <summary>Most mapping rows a card shows.</summary>
    public const int MaxMappings = 8;

    /// <summary>Most summary bullets a card shows.</summary>
    public const int MaxBullets = 5;

    /// <summary>Most related sections "More answers" shows.</summary>
    public const int MaxRelated = 3;

    /// <summary>Longest question the feedback buttons send back.</summary>
    public const int MaxQuestionInData = 200;

    /// <summary>Builds the card of an answer that is not declined (use <see cref="NotCoveredCard"/> for those).</summary>
    public static CardReply Build(Answer answer, MigrationGuide guide, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(culture);
        if (answer.Declined || answer.Best is null)
        {
            throw new ArgumentException("A declined answer has no answer card; build a NotCoveredCard.", nameof(answer));
        }

        var text = new CardText(culture);
        var (article, section, _) = answer.Best;
        var place = CardLayout.Place(article, guide, text);
        var bullets = Bullets(answer, section);
        var mappings = answer.Mappings.Take(MaxMappings).ToList();
        var date = text.Date(article.Date);

        var body = new List<CardElement>();
        if (!string.Equals(place, article.Title, StringComparison.OrdinalIgnoreCase))
        {
            body.Add(CardLayout.Subtle(place) with { Spacing = Spacing.None });
        }

        body.Add(CardLayout.Heading(article.Title) with { Spacing = Spacing.None });
        if (!string.IsNullOrWhiteSpace(answer.Question))
        {
            body.Add(CardLayout.Literal(text.YouAsked, answer.Question, subtle: true));
        }

        if (section.Heading is { Length: > 0 } heading)
        {
            body.Add(CardLayout.SubHeading(heading));
        }

        body.AddRange(CardLayout.Bullets(bullets));
        if (mappings.Count > 0)
        {
            body.Add(new TextBlock(text.MappingHeading) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            body.Add(new FactSet([.. mappings.Select(m => MappingFact(m, text))]));
        }

        if (NextStepAction(answer, text) is { } nextStep)
        {
            body.Add(new ActionSet([nextStep]) { Spacing = Spacing.Medium });
        }

        if (date is not null)
        {
            body.Add(CardLayout.Subtle(text.Updated(date)) with { Spacing = Spacing.Medium });
        }

        body.Add(new ActionSet(
        [
            new SubmitAction(text.Helpful, new FeedbackData(true, section.Id, CardLayout.Clip(answer.Question, MaxQuestionInData))),
            new SubmitAction(text.NotHelpful, new FeedbackData(false, section.Id, CardLayout.Clip(answer.Question, MaxQuestionInData))),
        ])
        { Spacing = Spacing.Small });

        var card = new AdaptiveCard(body, Actions(answer, text))
        {
            FallbackText = PlainText(article, section, place, bullets, mappings, text),
            Speak = CardLayout.Speech($"{CardLayout.SectionName(section, article)}. {string.Join(" ", bullets.Take(2))}"),
        };
        var summary = $"{article.Title}: {CardLayout.SectionName(section, article)}";
        return CardBudget.Fit(new CardReply(card, card.FallbackText, CardLayout.Clip(summary, 120)));
    }

    private static List<string> Bullets(Answer answer, GuideSection section)
    {
        var items = answer.Summary.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (items.Count == 0)
        {
            items = [.. section.Blocks
                .Where(b => b.Kind is BlockKind.Paragraph or BlockKind.ListItem)
                .Select(b => b.Text)
                .Take(3)];
        }

        return [.. items.Take(MaxBullets).Select(s => CardLayout.Clip(s))];
    }

    private static Fact MappingFact(ServiceMapping mapping, CardText text) =>
        new(
            CardLayout.Clip(mapping.AwsService, 80),
            CardLayout.Clip(mapping.Note is { Length: > 0 } note ? text.MappingValue(mapping.AzureService, note) : mapping.AzureService, 240));

    private static List<CardAction> Actions(Answer answer, CardText text)
    {
        var section = answer.Best!.Section;
        var actions = new List<CardAction> { new OpenUrlAction(text.ReadFullArticle, section.Url) };
        var related = answer.Related.Take(MaxRelated).ToList();
        if (related.Count > 0)
        {
            actions.Add(new ShowCardAction(text.MoreAnswers, RelatedCard(related, text)));
        }
        return actions;
    }

    private static CardAction? NextStepAction(Answer answer, CardText text)
    {
        if (answer.NextStep is not { } next)
        {
            return null;
        }

        var title = text.NextStep(CardLayout.Clip(next.Title, 60));
        return next.SectionId is { } target
            ? new SubmitAction(title, new NextStepData(target))
            : new OpenUrlAction(title, next.Url);
    }

    private static AdaptiveCard RelatedCard(IReadOnlyList<AnswerSection> related, CardText text)
    {
        var body = new List<CardElement> { CardLayout.SubHeading(text.RelatedHeading) with { Spacing = Spacing.None } };
        foreach (var (article, section, _) in related)
        {
            var name = CardLayout.SectionName(section, article);
            body.Add(new TextBlock(CardLayout.Clip(section.Heading is null ? article.Title : text.TopicName(article.Title, name)))
            {
                Weight = TextWeight.Bolder,
                Spacing = Spacing.Medium,
            });
            if (section.Blocks.FirstOrDefault(b => b.Kind is BlockKind.Paragraph or BlockKind.ListItem) is { } first)
            {
                body.Add(new TextBlock(CardLayout.Clip(first.Text, 200)) { IsSubtle = true, MaxLines = 3 });
            }

            body.Add(new ActionSet([new OpenUrlAction(CardLayout.Clip(name, 60), section.Url)]) { Spacing = Spacing.Small });
        }

        return new AdaptiveCard(body, []);
    }

    private static string PlainText(
        GuideArticle article, GuideSection section, string place, IReadOnlyList<string> bullets,
        IReadOnlyList<ServiceMapping> mappings, CardText text)
    {
        var lines = new List<string>
        {
            string.Equals(place, article.Title, StringComparison.OrdinalIgnoreCase) ? article.Title : $"{article.Title} ({place})",
        };
        if (section.Heading is { Length: > 0 } heading)
        {
            lines.Add(heading);
        }

        lines.AddRange(bullets.Select(b => "- " + b));
        lines.AddRange(mappings.Select(m => $"- {m.AwsService}: {m.AzureService}"));
        lines.Add($"{text.ReadFullArticle}: {section.Url}");
        return CardLayout.PlainText(lines);
    }
}
