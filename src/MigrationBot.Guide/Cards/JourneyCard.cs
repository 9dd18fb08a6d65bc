using System.Globalization;

namespace MigrationBot.Guide.Cards;

/// <summary>The steps of the journey at a glance; selecting a step shows its step card.</summary>
public static class JourneyCard
{
    /// <summary>Builds the journey card of a guide (a short note when the guide has no journey).</summary>
    public static CardReply Build(MigrationGuide guide, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(culture);
        var text = new CardText(culture);
        var steps = guide.Journey.OrderBy(s => s.Number).ToList();
        var body = new List<CardElement> { CardLayout.Heading(guide.Settings.Title) };
        body.Add(CardLayout.Paragraph(steps.Count == 0 ? text.JourneyEmpty : text.JourneyIntro(steps.Count)));

        var lines = new List<string> { guide.Settings.Title };
        foreach (var step in steps)
        {
            var article = guide.FindArticle(step.ArticlePath);
            var details = new List<CardElement> { new TextBlock(CardLayout.Clip(step.Name, 80)) { Weight = TextWeight.Bolder } };
            var about = article?.Description ?? article?.Title;
            if (!string.IsNullOrWhiteSpace(about))
            {
                details.Add(new TextBlock(CardLayout.Clip(about, 200)) { IsSubtle = true, Spacing = Spacing.None, MaxLines = 2 });
            }

            body.Add(new ColumnSet(
            [
                new Column(Column.Auto, [new TextBlock(step.Number.ToString(culture)) { Size = TextSize.Large, Weight = TextWeight.Bolder }]),
                new Column(Column.Stretch, details),
            ])
            {
                Spacing = Spacing.Medium,
                Separator = true,
                SelectAction = new SubmitAction(text.OpenStep(step.Number, step.Name), new ShowStepData(step.Number)),
            });
            lines.Add($"{step.Number}. {step.Name}" + (string.IsNullOrWhiteSpace(about) ? string.Empty : $": {CardLayout.Clip(about, 200)}"));
        }

        var actions = new List<CardAction>();
        if (steps.Count > 0)
        {
            actions.Add(new SubmitAction(text.StartWithStep(steps[0].Number, steps[0].Name), new ShowStepData(steps[0].Number)));
        }

        var plain = CardLayout.PlainText(lines);
        var card = new AdaptiveCard(body, actions)
        {
            FallbackText = plain,
            Speak = CardLayout.Speech($"{guide.Settings.Title}. {string.Join(text.ListSeparator, steps.Select(s => s.Name))}."),
        };
        return CardBudget.Fit(new CardReply(card, plain, CardLayout.Clip(guide.Settings.Title, 120)));
    }
}
