namespace MigrationBot.Guide.Cards;

/// <summary><c>{"action":"show","section":"services/storage.md#blob-tiers"}</c>: answer with this section's card.</summary>
/// <param name="Section">A <see cref="GuideSection.Id"/>.</param>
public sealed record ShowSectionData(string Section) : CardActionData
{
    private protected override bool IsComplete => !string.IsNullOrWhiteSpace(Section);
}
