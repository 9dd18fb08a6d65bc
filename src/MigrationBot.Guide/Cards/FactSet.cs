namespace MigrationBot.Guide.Cards;

/// <summary>Name and value pairs shown as two columns.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
