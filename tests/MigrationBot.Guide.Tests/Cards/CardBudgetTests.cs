using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

public sealed class CardBudgetTests
{
    private static readonly string Japanese = string.Concat(Enumerable.Repeat("\u79fb\u884c\u306e\u524d\u306b\u30dc\u30ea\u30e5\u30fc\u30e0\u3092\u8907\u88fd\u3057\u307e\u3059\u3002", 30));

    [Fact]
    public void ReplyThatFitsIsLeftAlone()
    {
        var reply = CardSamples.Step();

        Assert.Same(reply, CardBudget.Fit(reply));
    }

    [Fact]
    public void OversizedReplyHasEveryTextCutUntilItFits()
    {
        var card = new AdaptiveCard(
            [
                new TextBlock(Japanese),
                new RichTextBlock([new TextRun(Japanese)]),
                new FactSet([.. Enumerable.Range(0, 8).Select(_ => new Fact(Japanese, Japanese))]),
                new ColumnSet([new Column(Column.Stretch, [new TextBlock(Japanese), new ToggleInput(Japanese) { Id = "chk-1" }])]),
                new Container([.. Enumerable.Range(0, 12).Select(_ => new TextBlock(Japanese))]),
            ],
            [new ShowCardAction(Japanese, new AdaptiveCard([new TextBlock(Japanese), new ActionSet([new OpenUrlAction(Japanese, "https://example.com")])], []))])
        {
            FallbackText = Japanese,
            Speak = Japanese,
        };
        var reply = new CardReply(card, Japanese + Japanese, Japanese);
        Assert.True(CardBudget.Size(reply) > CardBudget.MaxBytes);

        var fitted = CardBudget.Fit(reply);

        Assert.InRange(CardBudget.Size(fitted), 1, CardBudget.MaxBytes);
        Assert.All(new CardTree(fitted.Card).MarkdownTexts, t => Assert.StartsWith("\u79fb\u884c", t, StringComparison.Ordinal));
        Assert.All(new CardTree(fitted.Card).ActionTitles, t => Assert.EndsWith("\u2026", t, StringComparison.Ordinal));
    }

    [Fact]
    public void StepCardOfAVeryLongArticleInJapaneseFits()
    {
        var article = CardTestGuide.Guide.FindArticle("journey/prepare.md")!;
        var huge = article with
        {
            Title = Japanese,
            Description = Japanese,
            Sections = [.. article.Sections.Select(s => s with { Heading = s.Heading, Blocks = [.. Enumerable.Repeat(new SectionBlock(BlockKind.ListItem, Japanese + s.Heading), 20)] })],
        };
        var guide = CardTestGuide.Guide with { Articles = [.. CardTestGuide.Guide.Articles.Select(a => a.Path == article.Path ? huge : a)] };

        var reply = StepCard.Build(guide, 3, CardSamples.English);

        Assert.InRange(ReplyEnvelope.For(reply).Utf8Bytes(), 1, ReplyEnvelope.MaxBytes);
    }
}
