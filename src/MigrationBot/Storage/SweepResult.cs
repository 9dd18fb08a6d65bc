namespace MigrationBot.Storage;

/// <summary>How many expired records one retention sweep deleted, by kind.</summary>
public sealed record SweepResult(int ProcessedActivities, int LastAnswers, int Checklists, int Feedback)
{
    /// <summary>All deleted records.</summary>
    public int Total => ProcessedActivities + LastAnswers + Checklists + Feedback;
}
