namespace MigrationBot.Guide.Tests.Cards;

/// <summary>A checkbox as rendered: its accessible name and state.</summary>
internal sealed record RenderedCheckbox(string Id, string? Label, bool Checked);
