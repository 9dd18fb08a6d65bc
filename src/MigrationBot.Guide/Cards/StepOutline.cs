namespace MigrationBot.Guide.Cards;

/// <summary>
/// What a step card shows, read from the step article's sections by their headings' words: the purpose (the
/// article's description, else a goal, purpose, objective, why or overview section), the checklist (checklist, else activities or tasks, else the
/// article's other H2 headings), the outputs (output, deliverable, artifact, result) and the tools (tool).
/// Articles with other headings still get a purpose (their description or first paragraph) and a checklist.
/// </summary>
public sealed record StepOutline(
    string? Purpose,
    IReadOnlyList<ChecklistItem> Checklist,
    IReadOnlyList<string> Outputs,
    IReadOnlyList<string> Tools)
{
    /// <summary>Most checklist items a card shows.</summary>
    public const int MaxChecklist = 12;

    /// <summary>Most outputs or tools a card shows.</summary>
    public const int MaxItems = 8;

    /// <summary>Longest output, tool or checklist item; longer ones are cut at a word.</summary>
    public const int MaxItemLength = 200;

    private static readonly string[] PurposeWords = ["goal", "purpose", "objective", "why", "overview", "introduction"];
    private static readonly string[] ChecklistWords = ["checklist"];
    private static readonly string[] ActivityWords = ["activit", "task", "what to do", "steps"];
    private static readonly string[] OutputWords = ["output", "deliverable", "artifact", "artefact", "result"];
    private static readonly string[] ToolWords = ["tool"];
    private static readonly string[] NotActivityWords =
        ["next step", "pitfall", "done", "exit", "see also", "related", "resource", "learn more", "summary", "prerequisite"];

    /// <summary>Reads the outline of a step article.</summary>
    public static StepOutline From(GuideArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sections = article.Sections;
        var purpose = (string.IsNullOrWhiteSpace(article.Description) ? null : article.Description)
            ?? FirstParagraph(Find(sections, PurposeWords))
            ?? FirstParagraph(sections.FirstOrDefault(s => s.Heading is null));

        var checklistTexts = Items(Find(sections, ChecklistWords));
        if (checklistTexts.Count == 0)
        {
            checklistTexts = Items(Find(sections, ActivityWords));
        }

        if (checklistTexts.Count == 0)
        {
            checklistTexts = [.. sections
                .Where(s => s.Level == 2 && s.Heading is { Length: > 0 } h && !Matches(h, NotActivityWords)
                    && !Matches(h, PurposeWords) && !Matches(h, OutputWords) && !Matches(h, ToolWords))
                .Select(s => s.Heading!)];
        }

        var checklist = checklistTexts
            .Select(t => ChecklistItem.Create(article.Path, CardLayout.Clip(t, MaxItemLength)))
            .DistinctBy(i => i.Id)
            .Take(MaxChecklist)
            .ToList();

        return new StepOutline(
            purpose is null ? null : CardLayout.Clip(purpose),
            checklist,
            [.. Items(Find(sections, OutputWords)).Take(MaxItems).Select(t => CardLayout.Clip(t, MaxItemLength))],
            [.. Items(Find(sections, ToolWords)).Take(MaxItems).Select(t => CardLayout.Clip(t, MaxItemLength))]);
    }

    private static GuideSection? Find(IEnumerable<GuideSection> sections, string[] words) =>
        sections.FirstOrDefault(s => s.Heading is { Length: > 0 } h && Matches(h, words) && !Matches(h, NotActivityWords));

    private static bool Matches(string heading, string[] words) =>
        words.Any(w => heading.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static string? FirstParagraph(GuideSection? section) =>
        section?.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Paragraph && b.Alert is null)?.Text
        ?? section?.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Paragraph)?.Text;

    /// <summary>A section's list items; else its table rows (cells joined with a dash, header row left out); else its paragraphs.</summary>
    private static List<string> Items(GuideSection? section)
    {
        if (section is null)
        {
            return [];
        }

        var list = section.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text).ToList();
        if (list.Count > 0)
        {
            return list;
        }

        var rows = section.Blocks.Where(b => b.Kind == BlockKind.TableRow).Select(b => b.Text.Replace(" | ", " - ", StringComparison.Ordinal)).ToList();
        if (rows.Count > 1)
        {
            return rows[1..];
        }

        return [.. section.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text)];
    }
}
