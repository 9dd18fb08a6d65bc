namespace MigrationBot.Storage;

/// <summary>The state of one checklist item: done or not, and who changed it last, when.</summary>
public sealed record ChecklistItemState(string ItemId, bool Done, string UserId, string UserName, DateTimeOffset ChangedAt);
