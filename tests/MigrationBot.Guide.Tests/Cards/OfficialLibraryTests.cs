using System.Globalization;
using System.Text.Json;
using MigrationBot.Guide.Cards;
using MigrationBot.Testing;

namespace MigrationBot.Guide.Tests.Cards;

/// <summary>
/// Every card the bot builds, parsed by the official Adaptive Cards JavaScript library (npm <c>adaptivecards</c>)
/// under Node, targeting 1.5 with the Teams host config (<c>tests/node/card-check.js</c>).
/// </summary>
public sealed class OfficialLibraryTests
{
    [Fact]
    public async Task EveryCardTypeAndTheAnswerCardOfEverySectionPassWithoutWarnings()
    {
        using var folder = new CardFolder();
        var guide = CardTestGuide.Guide;
        foreach (var (name, reply) in CardSamples.All())
        {
            folder.Write(name, reply.Card);
        }

        foreach (var culture in new[] { "en-US", "de-DE" }.Select(CultureInfo.GetCultureInfo))
        {
            var answers = GuideAnswers.ForEverySection(guide).ToList();
            for (var i = 0; i < answers.Count; i++)
            {
                folder.Write($"answer-{culture.Name}-{i:000}", AnswerCard.Build(answers[i], guide, culture).Card);
            }

            foreach (var step in guide.Journey)
            {
                folder.Write($"step-{culture.Name}-{step.Number}", StepCard.Build(guide, step.Number, culture).Card);
            }

            folder.Write($"journey-{culture.Name}", JourneyCard.Build(guide, culture).Card);
            folder.Write($"welcome-{culture.Name}", WelcomeCard.Build(guide, culture).Card);
            folder.Write($"not-covered-{culture.Name}", NotCoveredCard.Build(CardTestGuide.Declined("Kubernetes?", "index.md"), guide, culture).Card);
        }

        var run = await NodeScript.RunAsync("card-check.js", [folder.Path], TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal(folder.Count, report.RootElement.GetProperty("checked").GetInt32());
        Assert.Equal(7 + (2 * (guide.SectionCount + guide.Journey.Count + 3)), folder.Count);
    }

    [Fact]
    public async Task LibraryReportsACardThatBreaksTheRules()
    {
        using var folder = new CardFolder();
        var tooManyButtons = new AdaptiveCard(
            [new ToggleInput("No id")],
            [.. Enumerable.Range(1, 7).Select(i => new SubmitAction($"Button {i}", new ShowStepData(i)))]);
        var file = folder.Write("broken", tooManyButtons);

        var run = await NodeScript.RunAsync("card-check.js", [file], TestContext.Current.CancellationToken);

        Assert.Equal(1, run.ExitCode);
        var warnings = JsonDocument.Parse(run.Output).RootElement.GetProperty("warnings").GetProperty(file).EnumerateArray()
            .Select(w => w.GetString()!).ToList();
        Assert.Contains(warnings, w => w.StartsWith("TooManyActions", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("PropertyCantBeNull", StringComparison.Ordinal));
    }
}
