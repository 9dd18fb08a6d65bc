namespace MigrationBot.Guide.Cards;

/// <summary><c>{"action":"journey"}</c>: show the journey card.</summary>
public sealed record ShowJourneyData : CardActionData
{
    private protected override bool IsComplete => true;
}
