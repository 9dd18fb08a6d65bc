namespace MigrationBot.Guide.Answering;

/// <summary>
/// The answer to show for a section chosen by a button rather than found by a question (a related section, the
/// next step): its leading paragraphs and list items as the summary, the mapping rows it holds, its next step.
/// </summary>
public static class SectionAnswer
{
    private const int MaxItems = 5;
    private const int MaxRows = 12;

    /// <summary>An answer whose best section is <paramref name="shown"/>.</summary>
    /// <param name="question">The question that led here, or null to use the section's heading.</param>
    public static Answer For(MigrationGuide guide, AnswerSection shown, string? question = null)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(shown);
        var rows = guide.Mappings.Where(m => m.SectionId == shown.Section.Id).Take(MaxRows).ToList();
        return new Answer(
            question ?? shown.Section.Heading ?? shown.Article.Title,
            Declined: false,
            shown,
            LeadingItems(shown.Section),
            rows,
            shown.Article.NextStep,
            Related: [],
            Closest: [],
            Results: [shown]);
    }

    /// <summary>The first paragraphs and list items, in order, within <see cref="SummaryExtractor.MaxLength"/> characters.</summary>
    private static List<string> LeadingItems(GuideSection section)
    {
        var items = new List<string>(MaxItems);
        var length = 0;
        foreach (var block in section.Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.ListItem))
        {
            var text = block.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (length + text.Length > SummaryExtractor.MaxLength)
            {
                if (items.Count == 0)
                {
                    items.Add(Shorten(text, SummaryExtractor.MaxLength));
                }

                break;
            }

            items.Add(text);
            length += text.Length;
            if (items.Count == MaxItems)
            {
                break;
            }
        }

        return items;
    }

    /// <summary>Cuts at the last sentence end that fits, else at the last space, and marks the cut.</summary>
    private static string Shorten(string text, int max)
    {
        var cut = text[..max];
        var sentence = cut.LastIndexOf(". ", StringComparison.Ordinal);
        if (sentence > max / 3)
        {
            return cut[..(sentence + 1)];
        }

        var space = cut.LastIndexOf(' ');
        return (space > 0 ? cut[..space] : cut) + "…";
    }
}
