using MigrationBot.Guide.Answering;

namespace MigrationBot.Guide.Tests.Cards;

/// <summary>
/// An answer for every section of a guide, built directly: the section is the best one, its first text blocks
/// are the summary, its mapping rows the mappings, its article's next step the next step, and the first
/// sections of three other articles the related sections.
/// </summary>
internal static class GuideAnswers
{
    public static IEnumerable<Answer> ForEverySection(MigrationGuide guide)
    {
        foreach (var article in guide.Articles)
        {
            var related = guide.Articles
                .Where(a => a.Path != article.Path && a.Sections.Count > 0)
                .Take(3)
                .Select(a => new AnswerSection(a, a.Sections[^1], 0.5))
                .ToList();
            foreach (var section in article.Sections)
            {
                var best = new AnswerSection(article, section, 1);
                yield return new Answer(
                    $"What does the guide say about {section.Heading ?? article.Title}?",
                    Declined: false,
                    best,
                    [.. section.Blocks.Where(b => b.Kind != BlockKind.TableRow).Take(3).Select(b => b.Text)],
                    [.. guide.Mappings.Where(m => m.SectionId == section.Id)],
                    article.NextStep,
                    related,
                    Closest: [],
                    Results: [best, .. related]);
            }
        }
    }
}
