using System.Globalization;

namespace MigrationBot.Guide.Cards;

/// <summary>
/// The card of one journey step: what the step is for, its checklist (checkboxes with stable ids, see
/// <see cref="ChecklistItem"/>), the outputs it must produce, the tools, and buttons for the full article,
/// the next step and the journey.
/// </summary>
public static class StepCard
{
    /// <summary>Builds the card of journey step <paramref name="number"/> (1-based).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The guide has no such step.</exception>
    /// <exception cref="ArgumentException">The step's article is not in the guide.</exception>
    public static CardReply Build(MigrationGuide guide, int number, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(culture);
        var step = guide.Journey.FirstOrDefault(s => s.Number == number)
            ?? throw new ArgumentOutOfRangeException(nameof(number), number, $"The guide has no journey step {number}.");
        var article = guide.FindArticle(step.ArticlePath)
            ?? throw new ArgumentException($"Journey step {number} points at '{step.ArticlePath}', which is not in the guide.", nameof(number));

        var text = new CardText(culture);
        var outline = StepOutline.From(article);
        var count = Math.Max(guide.Journey.Count, number);
        var place = string.IsNullOrWhiteSpace(step.Name) ? text.PlaceStepNumber(number, count) : text.PlaceStep(number, count, step.Name);
        var body = new List<CardElement>
        {
            CardLayout.Subtle(place) with { Spacing = Spacing.None },
            CardLayout.Heading(article.Title) with { Spacing = Spacing.None },
        };
        if (outline.Purpose is { } purpose)
        {
            body.Add(CardLayout.SubHeading(text.StepPurposeHeading));
            body.Add(CardLayout.Paragraph(purpose));
        }

        if (outline.Checklist.Count > 0)
        {
            body.Add(CardLayout.SubHeading(text.StepChecklistHeading));
            body.AddRange(outline.Checklist.Select(item => new ToggleInput(item.Text) { Id = item.Id, Value = "false" }));
        }

        if (outline.Outputs.Count > 0)
        {
            body.Add(CardLayout.SubHeading(text.StepOutputsHeading));
            body.AddRange(CardLayout.Bullets(outline.Outputs));
        }

        if (outline.Tools.Count > 0)
        {
            body.Add(CardLayout.SubHeading(text.StepToolsHeading));
            body.AddRange(CardLayout.Bullets(outline.Tools));
        }

        if (text.Date(article.Date) is { } date)
        {
            body.Add(CardLayout.Subtle(text.Updated(date)) with { Spacing = Spacing.Medium });
        }

        var actions = new List<CardAction> { new OpenUrlAction(text.ReadFullArticle, article.Url) };
        if (guide.Journey.FirstOrDefault(s => s.Number == number + 1) is { } next)
        {
            actions.Add(new SubmitAction(text.NextStep(next.Name), new ShowStepData(next.Number)) { AssociatedInputs = AssociatedInputs.None });
        }

        actions.Add(new SubmitAction(text.ShowJourney, new ShowJourneyData()) { AssociatedInputs = AssociatedInputs.None });

        var plain = PlainText(article, outline, text, place);
        var card = new AdaptiveCard(body, actions)
        {
            FallbackText = plain,
            Speak = CardLayout.Speech($"{place}: {article.Title}. {outline.Purpose}"),
        };
        return CardBudget.Fit(new CardReply(card, plain, CardLayout.Clip($"{place}: {article.Title}", 120)));
    }

    private static string PlainText(GuideArticle article, StepOutline outline, CardText text, string place)
    {
        var lines = new List<string> { $"{place}: {article.Title}" };
        if (outline.Purpose is { } purpose)
        {
            lines.Add(purpose);
        }

        if (outline.Checklist.Count > 0)
        {
            lines.Add(text.StepChecklistHeading + ":");
            lines.AddRange(outline.Checklist.Select(i => "- " + i.Text));
        }

        if (outline.Outputs.Count > 0)
        {
            lines.Add(text.StepOutputsHeading + ":");
            lines.AddRange(outline.Outputs.Select(o => "- " + o));
        }

        lines.Add($"{text.ReadFullArticle}: {article.Url}");
        return CardLayout.PlainText(lines);
    }
}
