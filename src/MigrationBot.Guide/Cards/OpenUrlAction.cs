namespace MigrationBot.Guide.Cards;

/// <summary>Opens a web page.</summary>
public sealed record OpenUrlAction(string Title, string Url) : CardAction(Title);
