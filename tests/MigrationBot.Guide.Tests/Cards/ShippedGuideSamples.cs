using System.Text.RegularExpressions;
using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Cards;
using MigrationBot.Guide.Parsing;
using MigrationBot.Testing;

namespace MigrationBot.Guide.Tests.Cards;

/// <summary>Cards of the shipped guide in <c>content/</c>, for the browser tests and the screenshots in <c>docs/</c>.</summary>
internal static partial class ShippedGuideSamples
{
    public const string Question = "How do I move my S3 buckets to Azure?";

    public static Task<MigrationGuide> LoadAsync(CancellationToken cancellationToken) =>
        GuideLoader.LoadAsync(RepoPaths.Content, new GuideLoadOptions(), cancellationToken);

    /// <summary>
    /// The answer the bot gives to <see cref="Question"/>: the section on mapping buckets, three of its sentences,
    /// the storage guide's S3 mapping rows, its next step and three sections next to it.
    /// </summary>
    public static CardReply Answer(MigrationGuide guide)
    {
        var best = Section(guide, "Map S3 buckets to storage accounts and containers");
        var sentences = best.Section.Blocks
            .Where(b => b.Kind == BlockKind.Paragraph)
            .SelectMany(b => SentenceEnd().Split(b.Text))
            .Take(3)
            .ToList();
        var answer = new Answer(
            Question,
            Declined: false,
            best,
            sentences,
            [.. guide.Mappings.Where(m => m.ArticlePath == best.Article.Path && m.AwsService.Contains("S3", StringComparison.Ordinal))],
            best.Article.NextStep,
            [Section(guide, "Copy data with AzCopy"), Section(guide, "Cut over applications from S3 to Blob Storage"), Section(guide, "Move Amazon S3 Glacier archives to the archive tier")],
            Closest: [],
            Results: [best]);
        return AnswerCard.Build(answer, guide, CardSamples.English);
    }

    public static CardReply Step(MigrationGuide guide) => StepCard.Build(guide, 3, CardSamples.English);

    private static AnswerSection Section(MigrationGuide guide, string heading)
    {
        var section = guide.Articles.SelectMany(a => a.Sections).FirstOrDefault(s => s.Heading == heading)
            ?? throw new InvalidOperationException($"content/ has no section '{heading}'.");
        return new AnswerSection(guide.FindArticle(section.ArticlePath)!, section, 1);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z])")]
    private static partial Regex SentenceEnd();
}
