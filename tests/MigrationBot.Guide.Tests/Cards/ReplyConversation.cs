namespace MigrationBot.Guide.Tests.Cards;

internal sealed record ReplyConversation(string Id, string ConversationType, string TenantId);
