using System.Globalization;
using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

public sealed class AnswerCardTests
{
    private static readonly CultureInfo English = CardSamples.English;

    [Fact]
    public void ServiceAnswerNamesTheServiceGuideAndShowsTheMappingRows()
    {
        var tree = new CardTree(CardSamples.AnswerWithMappings().Card);

        var texts = tree.MarkdownTexts.ToList();
        Assert.Equal("Service guide - Storage", texts[0]);
        Assert.Equal("Storage services", texts[1]);
        Assert.Equal(["Amazon S3", "Amazon S3 Glacier"], tree.OfType("FactSet").Single()["facts"]!.AsArray().Select(f => (string)f!["title"]!));
        Assert.Contains("Azure Blob Storage - Containers play the role of buckets", texts);
        Assert.Contains("Updated 11/20/2026", texts);
    }

    [Fact]
    public void StepAnswerSaysWhichStepOfHowManyItIs()
    {
        var tree = new CardTree(CardSamples.AnswerWithoutMappings().Card);

        Assert.Equal("Step 3 of 5 - Prepare", tree.MarkdownTexts.First());
        Assert.Empty(tree.OfType("FactSet"));
    }

    [Fact]
    public void HubAnswerDoesNotRepeatTheGuideTitleAsItsPlace()
    {
        var guide = CardTestGuide.Guide with
        {
            Settings = CardTestGuide.Guide.Settings with { Title = "Move from AWS to Azure" },
        };

        var reply = AnswerCard.Build(CardTestGuide.AnswerFor("q", "index.md#how-to-use-this-guide"), guide, English);

        Assert.Equal(["Move from AWS to Azure", "How to use this guide"], new CardTree(reply.Card).MarkdownTexts.Take(2));
        Assert.StartsWith("Move from AWS to Azure\nHow to use this guide\n", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ButtonsOpenTheSectionOfferTheNextStepMoreAnswersAndFeedback()
    {
        var reply = CardSamples.AnswerWithMappings();
        var tree = new CardTree(reply.Card);

        Assert.Equal(["Read the full article", "More answers"], reply.Card.Actions.Select(a => a.Title));
        Assert.Equal("https://guide.example.com/services/storage#object-storage", ((OpenUrlAction)reply.Card.Actions[0]).Url);
        Assert.Equal("""{"action":"next","section":"journey/migrate.md"}""", tree.SubmitData("Next step: Migrate the workloads").ToJsonString());
        Assert.Equal(
            """{"action":"feedback","helpful":false,"section":"services/storage.md#object-storage","question":"What replaces Amazon S3?"}""",
            tree.SubmitData("Not helpful").ToJsonString());
        var related = ((ShowCardAction)reply.Card.Actions[1]).Card;
        Assert.Equal(
            ["Blob storage tiers", "Copy data with AzCopy", "Checklist"],
            new CardTree(related).OfType("Action.OpenUrl").Select(a => (string)a["title"]!));
    }

    [Fact]
    public void NextStepOutsideTheGuideOpensItsPage()
    {
        var answer = CardTestGuide.AnswerFor("q", "journey/evaluate.md#goals") with
        {
            NextStep = new GuideLink("Operate on Azure", "https://learn.example.com/operate"),
        };

        var next = new CardTree(AnswerCard.Build(answer, CardTestGuide.Guide, English).Card).OfType("Action.OpenUrl")
            .Single(a => (string?)a["title"] == "Next step: Operate on Azure");

        Assert.Equal("https://learn.example.com/operate", (string?)next["url"]);
    }

    [Fact]
    public void WithoutNextStepOrRelatedSectionsThoseButtonsAreLeftOut()
    {
        var answer = CardTestGuide.AnswerFor("q", "journey/evaluate.md#goals");

        var titles = new CardTree(AnswerCard.Build(answer, CardTestGuide.Guide, English).Card).ActionTitles.ToList();

        Assert.Equal(["Helpful", "Not helpful", "Read the full article"], titles);
    }

    [Fact]
    public void UserQuestionIsShownOnlyAsALiteralRun()
    {
        var reply = CardSamples.AnswerToHostileQuestion();
        var tree = new CardTree(reply.Card);

        Assert.Contains(CardSamples.HostileQuestion, tree.RunTexts);
        Assert.All(tree.MarkdownTexts.Concat(tree.ActionTitles), t => Assert.DoesNotContain("evil", t, StringComparison.Ordinal));
        Assert.DoesNotContain("evil", reply.Card.FallbackText, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", reply.Card.Speak, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", reply.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplyCarriesPlainTextSummaryFallbackAndSpeech()
    {
        var reply = CardSamples.AnswerWithoutMappings();

        Assert.Equal("Prepare the workloads: Activities", reply.Summary);
        Assert.StartsWith("Prepare the workloads (Step 3 of 5 - Prepare)\nActivities\n- Inventory the AWS accounts", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("Read the full article: https://guide.example.com/journey/prepare#activities", reply.Text, StringComparison.Ordinal);
        Assert.Equal(reply.Text, reply.Card.FallbackText);
        Assert.StartsWith("Activities. Inventory the AWS accounts", reply.Card.Speak, StringComparison.Ordinal);
    }

    [Fact]
    public void DateFollowsTheCultureOfTheActivity()
    {
        var answer = CardTestGuide.AnswerFor("q", "journey/prepare.md#activities");

        var german = new CardTree(AnswerCard.Build(answer, CardTestGuide.Guide, CultureInfo.GetCultureInfo("de-DE")).Card);

        Assert.Contains("Updated 20.11.2026", german.MarkdownTexts);
    }

    [Fact]
    public void LongSectionsAreClippedAndTheReplyStaysUnder28KB()
    {
        var huge = string.Join(' ', Enumerable.Repeat("Replicate the volumes with the block storage service before cutover.", 200));
        var answer = CardTestGuide.AnswerFor(huge, "services/storage.md#object-storage", summary: Enumerable.Repeat(huge, 20).ToList(),
            related: ["services/storage.md#blob-storage-tiers", "journey/assess.md#goals", "journey/migrate.md#outputs", "index.md"]);
        answer = answer with { Mappings = [.. Enumerable.Repeat(answer.Mappings[0] with { Note = huge }, 50)] };

        var reply = AnswerCard.Build(answer, CardTestGuide.Guide, English);

        var bytes = ReplyEnvelope.For(reply).Utf8Bytes();
        Assert.True(bytes <= ReplyEnvelope.MaxBytes, $"{bytes} bytes");
        TestContext.Current.TestOutputHelper?.WriteLine($"Largest possible answer reply: {bytes} bytes");
        Assert.Equal(AnswerCard.MaxBullets, new CardTree(reply.Card).OfType("ColumnSet").Count());
        Assert.Equal(AnswerCard.MaxMappings, new CardTree(reply.Card).OfType("FactSet").Single()["facts"]!.AsArray().Count);
        Assert.All(new CardTree(reply.Card).MarkdownTexts.Concat(new CardTree(reply.Card).RunTexts), t => Assert.True(t.Length <= 401, t));
    }

    [Fact]
    public void LongTextInAnyScriptKeepsTheReplyUnder28KB()
    {
        var huge = string.Concat(Enumerable.Repeat("\u79fb\u884c\u306e\u524d\u306b\u30dc\u30ea\u30e5\u30fc\u30e0\u3092\u8907\u88fd\u3057\u307e\u3059\u3002", 300));
        var answer = CardTestGuide.AnswerFor(huge, "services/storage.md#object-storage", summary: Enumerable.Repeat(huge, 20).ToList(),
            related: ["services/storage.md#blob-storage-tiers", "journey/assess.md#goals", "journey/migrate.md#outputs"]);
        answer = answer with
        {
            Best = answer.Best! with { Article = answer.Best.Article with { Title = huge }, Section = answer.Best.Section with { Heading = huge } },
            Mappings = [.. Enumerable.Repeat(new ServiceMapping(huge, huge, huge, "services/storage.md#object-storage", "services/storage.md"), 50)],
            Related = [.. answer.Related.Select(r => r with { Section = r.Section with { Heading = huge, Blocks = [new SectionBlock(BlockKind.Paragraph, huge)] } })],
            NextStep = new GuideLink(huge, "https://guide.example.com/journey/migrate", "journey/migrate.md"),
        };

        var bytes = ReplyEnvelope.For(AnswerCard.Build(answer, CardTestGuide.Guide, English)).Utf8Bytes();

        TestContext.Current.TestOutputHelper?.WriteLine($"Largest possible answer reply in Japanese: {bytes} bytes");
        Assert.True(bytes <= ReplyEnvelope.MaxBytes, $"{bytes} bytes");
    }

    [Fact]
    public void EverySectionOfTheGuideGivesASmallCardWithAtMostFiveButtons()
    {
        var answers = GuideAnswers.ForEverySection(CardTestGuide.Guide).ToList();

        Assert.Equal(CardTestGuide.Guide.SectionCount, answers.Count);
        Assert.All(answers, answer =>
        {
            var reply = AnswerCard.Build(answer, CardTestGuide.Guide, English);
            Assert.InRange(reply.Card.Actions.Count, 1, AdaptiveCard.MaxActions);
            Assert.InRange(ReplyEnvelope.For(reply).Utf8Bytes(), 1, ReplyEnvelope.MaxBytes);
            Assert.False(string.IsNullOrWhiteSpace(reply.Card.FallbackText));
            Assert.False(string.IsNullOrWhiteSpace(reply.Card.Speak));
        });
    }

    [Fact]
    public void DeclinedAnswerHasNoAnswerCard() =>
        Assert.Throws<ArgumentException>(() => AnswerCard.Build(CardTestGuide.Declined("q"), CardTestGuide.Guide, English));
}
