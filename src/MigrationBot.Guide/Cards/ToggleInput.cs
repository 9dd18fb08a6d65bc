namespace MigrationBot.Guide.Cards;

/// <summary>A checkbox. Its <see cref="Title"/> is the visible text next to it and its accessible name.</summary>
public sealed record ToggleInput(string Title) : CardElement
{
    public string? Value { get; init; }

    public bool? Wrap { get; init; } = true;
}
