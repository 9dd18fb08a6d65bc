namespace MigrationBot.Channel;

/// <summary>An inbound body read as an activity, or the status and reason it was refused with.</summary>
public sealed record ActivityReadResult(Activity? Activity, int Status, string? Problem)
{
    public static ActivityReadResult Refused(int status, string problem) => new(null, status, problem);
}
