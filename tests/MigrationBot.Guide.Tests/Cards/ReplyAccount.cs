namespace MigrationBot.Guide.Tests.Cards;

internal sealed record ReplyAccount(string Id, string Name);
