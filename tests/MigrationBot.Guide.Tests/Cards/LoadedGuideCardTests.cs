using System.Globalization;
using System.Text.Json;
using MigrationBot.Guide.Cards;
using MigrationBot.Guide.Parsing;
using MigrationBot.Testing;

namespace MigrationBot.Guide.Tests.Cards;

/// <summary>
/// Every card of a guide read by the loader: the shipped guide in <c>content/</c> and the Learn-like docset of the
/// parser tests. The answer card of every section, every step card, the journey, welcome and not-covered cards
/// stay small, have at most five buttons and pass the official Adaptive Cards library without warnings.
/// </summary>
public sealed class LoadedGuideCardTests
{
    public static TheoryData<string> Guides => ["content", "learn-docset"];

    [Theory]
    [MemberData(nameof(Guides))]
    public async Task EveryCardOfTheGuidePassesTheOfficialLibraryAndStaysSmall(string name)
    {
        var guide = await LoadAsync(name);
        var culture = CultureInfo.GetCultureInfo("en-US");
        Assert.NotEmpty(guide.Articles);
        Assert.NotEmpty(guide.Journey);

        var replies = new List<(string Name, CardReply Reply)>();
        var answers = GuideAnswers.ForEverySection(guide).ToList();
        replies.AddRange(answers.Select((a, i) => ($"answer-{i:000}", AnswerCard.Build(a, guide, culture))));
        replies.AddRange(guide.Journey.Select(s => ($"step-{s.Number}", StepCard.Build(guide, s.Number, culture))));
        replies.Add(("journey", JourneyCard.Build(guide, culture)));
        replies.Add(("welcome", WelcomeCard.Build(guide, culture)));
        replies.Add(("not-covered", NotCoveredCard.Build(CardTestGuide.Declined("Mainframe?") with { Closest = answers.Take(3).Select(a => a.Best!).ToList() }, guide, culture)));

        using var folder = new CardFolder();
        var largest = 0;
        foreach (var (file, reply) in replies)
        {
            Assert.InRange(reply.Card.Actions.Count, 0, AdaptiveCard.MaxActions);
            var bytes = ReplyEnvelope.For(reply).Utf8Bytes();
            Assert.True(bytes <= ReplyEnvelope.MaxBytes, $"{file}: {bytes} bytes");
            largest = Math.Max(largest, bytes);
            folder.Write(file, reply.Card);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{replies.Count} cards; largest reply activity {largest} bytes");

        var run = await NodeScript.RunAsync("card-check.js", [folder.Path], TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal(guide.SectionCount + guide.Journey.Count + 3, JsonDocument.Parse(run.Output).RootElement.GetProperty("checked").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public async Task EveryStepCardHasAPurposeAndAChecklistWhenItsArticleHasSections(string name)
    {
        var guide = await LoadAsync(name);

        Assert.All(guide.Journey, step =>
        {
            var article = guide.FindArticle(step.ArticlePath)!;
            var outline = StepOutline.From(article);
            Assert.False(string.IsNullOrWhiteSpace(outline.Purpose), step.ArticlePath);
            if (article.Sections.Any(s => s.Level == 2))
            {
                Assert.NotEmpty(outline.Checklist);
            }
        });
    }

    private static Task<MigrationGuide> LoadAsync(string name) => GuideLoader.LoadAsync(
        name == "content" ? RepoPaths.Content : Path.Combine(AppContext.BaseDirectory, "TestData", "Guides", name),
        new GuideLoadOptions(),
        TestContext.Current.CancellationToken);
}
