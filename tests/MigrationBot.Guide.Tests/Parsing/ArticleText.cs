using System.Text;

namespace MigrationBot.Guide.Tests.Parsing;

/// <summary>
/// An article as readable text for the file-driven parser tests: title, metadata, sections with their blocks,
/// links, next step, mappings and the diagnostics of its files.
/// </summary>
internal static class ArticleText
{
    public static string Render(MigrationGuide guide, GuideArticle article, IEnumerable<GuideDiagnostic> diagnostics)
    {
        var text = new StringBuilder();
        text.Append("title: ").AppendLine(article.Title);
        text.Append("description: ").AppendLine(article.Description ?? "(none)");
        foreach (var (key, value) in article.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append("meta ").Append(key).Append(": ").AppendLine(value);
        }

        foreach (var section in article.Sections)
        {
            text.AppendLine();
            text.Append("section ").Append(section.Id).Append(" (level ").Append(section.Level).Append(", line ").Append(section.Line).AppendLine(")");
            if (section.HeadingPath.Count > 0)
            {
                text.Append("  path: ").AppendLine(string.Join(" > ", section.HeadingPath));
            }

            text.Append("  url: ").AppendLine(section.Url);
            foreach (var block in section.Blocks)
            {
                text.Append("  ").Append(Kind(block.Kind));
                if (block.Alert is { } alert)
                {
                    text.Append(" [").Append(alert.ToString().ToLowerInvariant()).Append(']');
                }

                text.Append(": ").AppendLine(block.Text.Replace("\n", "\\n", StringComparison.Ordinal));
            }
        }

        Append(text, "links", article.Links.Select(l => $"{l.Title} -> {l.Url}" + (l.SectionId is null ? string.Empty : $" ({l.SectionId})")));
        Append(text, "next step", article.NextStep is { } next ? [$"{next.Title} -> {next.Url}"] : []);
        Append(text, "mappings", guide.Mappings.Where(m => m.ArticlePath == article.Path).Select(m => $"{m.AwsService} => {m.AzureService} ({m.Note ?? "no note"}) in {m.SectionId}"));
        Append(text, "diagnostics", diagnostics.Select(d => d.ToString()));
        return text.ToString();
    }

    private static void Append(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.AppendLine().Append(title).AppendLine(":");
        foreach (var line in list)
        {
            text.Append("  ").AppendLine(line);
        }
    }

    private static string Kind(BlockKind kind) => kind switch
    {
        BlockKind.ListItem => "list-item",
        BlockKind.TableRow => "table-row",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
