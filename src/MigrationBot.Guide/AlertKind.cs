namespace MigrationBot.Guide;

/// <summary>The DocFX alert kinds (<c>&gt; [!NOTE]</c> and its siblings).</summary>
public enum AlertKind
{
    Note,
    Tip,
    Important,
    Warning,
    Caution,
}
