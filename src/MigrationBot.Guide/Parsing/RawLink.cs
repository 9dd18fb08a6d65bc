namespace MigrationBot.Guide.Parsing;

/// <summary>A link as written, with the file and line it is on (an include file for included text).</summary>
internal sealed record RawLink(string Text, string Url, string File, int Line);
