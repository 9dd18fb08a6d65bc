namespace MigrationBot.Guide;

/// <summary>A piece of a section's content as plain text (Markdown markup removed).</summary>
/// <param name="Kind">What the text was in the source.</param>
/// <param name="Text">Plain text; for a table row the cells joined with " | ".</param>
/// <param name="Alert">The alert kind when the text sits in a <c>[!NOTE]</c>-style alert.</param>
public sealed record SectionBlock(BlockKind Kind, string Text, AlertKind? Alert = null);
