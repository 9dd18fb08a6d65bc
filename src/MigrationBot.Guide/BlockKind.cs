namespace MigrationBot.Guide;

/// <summary>The source construct a <see cref="SectionBlock"/> came from.</summary>
public enum BlockKind
{
    Paragraph,
    ListItem,
    TableRow,
    Code,
}
