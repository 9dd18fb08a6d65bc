namespace MigrationBot.Storage;

/// <summary>One user ticking or unticking one item of a posted step card.</summary>
/// <param name="ItemId">The checklist item's id on the card.</param>
/// <param name="Done">Whether the item is now done.</param>
/// <param name="UserId">The user's id as the channel sent it.</param>
/// <param name="UserName">The user's display name, shown on the card next to the item.</param>
public sealed record ChecklistChange(string ItemId, bool Done, string UserId, string UserName);
