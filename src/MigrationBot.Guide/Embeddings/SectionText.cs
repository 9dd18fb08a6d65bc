namespace MigrationBot.Guide.Embeddings;

/// <summary>The text a section is embedded from: its article's title, its heading path and its prose.</summary>
internal sealed record SectionText(string SectionId, string ArticlePath, string Text);
