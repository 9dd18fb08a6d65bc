namespace MigrationBot.Guide.Cards;

/// <summary><c>{"action":"step","step":3}</c>: show the step card of journey step <see cref="Step"/> (1-based).</summary>
public sealed record ShowStepData(int Step) : CardActionData
{
    private protected override bool IsComplete => Step > 0;
}
