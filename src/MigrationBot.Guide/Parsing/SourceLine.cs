namespace MigrationBot.Guide.Parsing;

/// <summary>One line of an article after includes are expanded, with where it came from.</summary>
/// <param name="Text">The line's text.</param>
/// <param name="File">The file the line is in (an include file for included text), relative to the content root.</param>
/// <param name="Line">1-based line in <paramref name="File"/>.</param>
/// <param name="ArticleLine">1-based line in the article itself (the include directive's line for included text).</param>
internal readonly record struct SourceLine(string Text, string File, int Line, int ArticleLine);
