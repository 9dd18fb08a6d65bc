namespace MigrationBot.Guide;

/// <summary>How serious a <see cref="GuideDiagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
