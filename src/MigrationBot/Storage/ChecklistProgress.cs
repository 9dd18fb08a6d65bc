namespace MigrationBot.Storage;

/// <summary>The progress of one posted step card: every item someone has touched, ordered by item id.</summary>
/// <param name="CardId">The posted card's id.</param>
/// <param name="Items">The items that have been ticked or unticked at least once.</param>
/// <param name="UpdatedAt">When an item last changed.</param>
public sealed record ChecklistProgress(string CardId, IReadOnlyList<ChecklistItemState> Items, DateTimeOffset UpdatedAt);
