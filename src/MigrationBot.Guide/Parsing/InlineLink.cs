namespace MigrationBot.Guide.Parsing;

/// <summary>A link found in inline Markdown, before it is resolved.</summary>
/// <param name="Text">The link text.</param>
/// <param name="Url">The URL as written.</param>
/// <param name="Line">0-based line in the parsed text.</param>
internal sealed record InlineLink(string Text, string Url, int Line);
