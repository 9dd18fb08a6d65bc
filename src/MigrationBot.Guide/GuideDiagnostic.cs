namespace MigrationBot.Guide;

/// <summary>A problem found while loading a guide, with where it is.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="File">Path relative to the content root.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Code">A stable short code, such as <c>MB004</c>.</param>
/// <param name="Message">What is wrong, in words an author can act on.</param>
public sealed record GuideDiagnostic(DiagnosticSeverity Severity, string File, int Line, string Code, string Message)
{
    public override string ToString() =>
        $"{File}:{Line}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
