using System.Globalization;

namespace MigrationBot.Guide.Cards;

/// <summary>The welcome and help card: what the bot does, example questions as buttons, and the commands.</summary>
public static class WelcomeCard
{
    /// <summary>Most example questions the card offers.</summary>
    public const int MaxExamples = 4;

    /// <summary>Builds the card; <paramref name="examples"/> replaces the default example questions when given.</summary>
    public static CardReply Build(MigrationGuide guide, CultureInfo culture, IReadOnlyList<string>? examples = null)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(culture);
        var text = new CardText(culture);
        var questions = (examples ?? text.ExampleQuestions)
            .Where(q => !string.IsNullOrWhiteSpace(q))
            .Select(q => CardLayout.Clip(q, 120))
            .Take(MaxExamples)
            .ToList();
        var intro = text.WelcomeIntro;

        var body = new List<CardElement>
        {
            CardLayout.Subtle(guide.Settings.Title) with { Spacing = Spacing.None },
            CardLayout.Heading(text.WelcomeHeading) with { Spacing = Spacing.None },
            CardLayout.Paragraph(intro),
        };
        if (questions.Count > 0)
        {
            body.Add(CardLayout.SubHeading(text.WelcomeExamplesHeading));
            body.AddRange(questions.Select(q => new ActionSet([new SubmitAction(q, new AskQuestionData(q))]) { Spacing = Spacing.Small }));
        }

        var commands = new (string Command, string What)[]
        {
            (CardCommands.Help, text.CommandHelp),
            (CardCommands.Journey, text.CommandJourney),
            (CardCommands.Step + " 2", text.CommandStep),
            (CardCommands.Next, text.CommandNext),
            (CardCommands.More, text.CommandMore),
        };
        body.Add(CardLayout.SubHeading(text.WelcomeCommandsHeading));
        body.Add(new FactSet([.. commands.Select(c => new Fact(c.Command, c.What))]));

        var actions = new List<CardAction> { new SubmitAction(text.ShowJourney, new ShowJourneyData()) };
        var lines = new List<string> { text.WelcomeHeading, intro };
        lines.AddRange(questions.Select(q => "- " + q));
        lines.AddRange(commands.Select(c => $"{c.Command}: {c.What}"));
        var plain = CardLayout.PlainText(lines);
        var card = new AdaptiveCard(body, actions)
        {
            FallbackText = plain,
            Speak = CardLayout.Speech($"{text.WelcomeHeading}. {intro}"),
        };
        return CardBudget.Fit(new CardReply(card, plain, text.WelcomeHeading));
    }
}
