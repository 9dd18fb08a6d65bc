using System.Globalization;
using System.Text.RegularExpressions;
using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

/// <summary>
/// The cards as Teams users see them: rendered by the official Adaptive Cards library in headless Chromium with
/// Teams' light and dark host configs, buttons clicked, screenshots saved under <c>artifacts/screenshots/</c>.
/// </summary>
public sealed partial class BrowserRenderingTests
{
    public static TheoryData<string> Themes => ["light", "dark"];

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task AnswerCardShowsTitleHeadingSummaryMappingsAndButtons(string theme)
    {
        var card = await RenderAsync($"answer-with-mappings-{theme}");

        Assert.Equal(["Storage services", "Object storage"], card.Headings);
        Assert.Contains("Amazon S3 maps to Azure Blob Storage.", card.Text, StringComparison.Ordinal);
        Assert.Contains("Azure Blob Storage archive tier - Rehydration takes hours", card.Text, StringComparison.Ordinal);
        Assert.Equal(["Next step: Migrate the workloads", "Helpful", "Not helpful", "Read the full article", "More answers"], card.Buttons);
        Assert.True(File.Exists(card.Screenshot), card.Screenshot);
    }

    [Fact]
    public async Task MoreAnswersRevealsTheRelatedSectionsWithTheirLinks()
    {
        var card = await RenderAsync("answer-with-mappings-light");

        Assert.DoesNotContain("Related sections", card.Text, StringComparison.Ordinal);
        Assert.Contains("Related sections", card.TextAfterClicks, StringComparison.Ordinal);
        Assert.Contains("Copy data with AzCopy", card.ButtonsAfterClicks!);
        var opened = Assert.Single(card.Actions);
        Assert.Equal("Action.OpenUrl", opened.Type);
        Assert.Equal("https://guide.example.com/services/storage#blob-storage-tiers", opened.Url);
    }

    [Fact]
    public async Task NextStepButtonSendsTheNextSection()
    {
        var card = await RenderAsync("answer-without-mappings-light");

        var action = Assert.Single(card.Actions);
        Assert.Equal("Action.Submit", action.Type);
        Assert.Equal(new NextStepData("journey/migrate.md"), CardActionData.TryRead(action.Data));
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task QuestionWithMarkdownLinksAndMentionsIsShownLiterally(string theme)
    {
        var card = await RenderAsync($"answer-hostile-question-{theme}");
        var probe = await RenderAsync("markdown-probe-light");

        Assert.Contains("You asked: " + CardSamples.HostileQuestion, card.Text, StringComparison.Ordinal);
        Assert.Empty(card.Links);
        Assert.Equal(["http://evil/"], probe.Links);
        Assert.Equal(
            new FeedbackData(false, "services/storage.md#blob-storage-tiers", CardSamples.HostileQuestion),
            CardActionData.TryRead(Assert.Single(card.Actions).Data));
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task StepCardShowsItsChecklistAsLabelledCheckboxesAndSendsOnlyTheNextStep(string theme)
    {
        var card = await RenderAsync($"step-{theme}");

        Assert.Equal(["Prepare the workloads", "What this step is for", "Checklist", "Outputs", "Tools"], card.Headings);
        Assert.Equal(["Every workload has an owner (Prepare)", "Dependencies are mapped", "The cutover window is agreed"], card.Checkboxes.Select(c => c.Label));
        Assert.All(card.Checkboxes, c => Assert.False(c.Checked));
        Assert.Equal(["Read the full article", "Next step: Migrate", "Show the journey"], card.Buttons);
        Assert.Equal(new ShowStepData(4), CardActionData.TryRead(Assert.Single(card.Actions).Data));
    }

    [Fact]
    public async Task JourneyRowsOpenTheirStep()
    {
        var card = await RenderAsync("journey-light");

        Assert.Equal(
            ["Open step 1: Assess", "Open step 2: Design", "Open step 3: Prepare", "Open step 4: Migrate", "Open step 5: Evaluate", "Start with step 1: Assess"],
            card.Buttons);
        Assert.Equal(new ShowStepData(2), CardActionData.TryRead(Assert.Single(card.Actions).Data));
    }

    [Fact]
    public async Task WelcomeExampleButtonAsksItsQuestion()
    {
        var card = await RenderAsync("welcome-dark");

        Assert.Equal(["Ask me about your move to Azure", "Try asking", "Commands"], card.Headings);
        Assert.Contains("journey", card.Text, StringComparison.Ordinal);
        Assert.Equal(new AskQuestionData("What replaces Amazon S3 on Azure?"), CardActionData.TryRead(Assert.Single(card.Actions).Data));
    }

    [Fact]
    public async Task NotCoveredCardOffersTheClosestTopics()
    {
        var card = await RenderAsync("not-covered-light");

        Assert.Contains("The guide does not cover this question: " + CardSamples.HostileQuestion, card.Text, StringComparison.Ordinal);
        Assert.Equal(["Storage services - Blob storage tiers", "Assess the workloads - Activities", "Show the journey"], card.Buttons);
        Assert.Equal(new ShowSectionData("services/storage.md#blob-storage-tiers"), CardActionData.TryRead(Assert.Single(card.Actions).Data));
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task ShippedGuideAnswerShowsTheS3MappingAndItsRelatedSections(string theme)
    {
        var card = await RenderAsync($"content-answer-{theme}");

        Assert.Equal(["Migrate storage from AWS to Azure", "Map S3 buckets to storage accounts and containers"], card.Headings);
        Assert.Contains("You asked: " + ShippedGuideSamples.Question, card.Text, StringComparison.Ordinal);
        Assert.Contains("Azure Blob Storage", card.Text, StringComparison.Ordinal);
        Assert.Equal(["Read the full article", "More answers"], card.Buttons.TakeLast(2));
        Assert.Contains("Copy data with AzCopy", card.ButtonsAfterClicks!);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task ShippedGuideStepCardShowsItsChecklist(string theme)
    {
        var card = await RenderAsync($"content-step-{theme}");

        Assert.Equal(["Prepare the landing zone and the team", "What this step is for", "Checklist", "Outputs", "Tools"], card.Headings);
        Assert.InRange(card.Checkboxes.Count, 3, StepOutline.MaxChecklist);
        Assert.All(card.Checkboxes, c => Assert.False(string.IsNullOrWhiteSpace(c.Label)));
        Assert.Equal(["Read the full article", "Next step: Migrate", "Show the journey"], card.Buttons);
    }

    [Fact]
    public async Task DarkThemeShowsLightHeadingsOnADarkBackgroundAndLightThemeTheReverse()
    {
        var dark = await RenderAsync("answer-with-mappings-dark");
        var light = await RenderAsync("answer-with-mappings-light");

        Assert.True(Luminance(dark.Background) < 0.2 && Luminance(dark.HeadingColor!) > 0.8, $"{dark.Background} / {dark.HeadingColor}");
        Assert.True(Luminance(light.Background) > 0.8 && Luminance(light.HeadingColor!) < 0.2, $"{light.Background} / {light.HeadingColor}");
    }

    private static async Task<RenderedCard> RenderAsync(string name)
    {
        var card = await BrowserRendering.GetAsync(name, TestContext.Current.CancellationToken);
        Assert.Empty(card.Errors);
        return card;
    }

    private static double Luminance(string cssColor)
    {
        var parts = Rgb().Match(cssColor).Groups.Values.Skip(1).Take(3).Select(g => double.Parse(g.Value, CultureInfo.InvariantCulture) / 255).ToList();
        Assert.Equal(3, parts.Count);
        return (0.2126 * parts[0]) + (0.7152 * parts[1]) + (0.0722 * parts[2]);
    }

    [GeneratedRegex(@"rgba?\((\d+), (\d+), (\d+)")]
    private static partial Regex Rgb();
}
