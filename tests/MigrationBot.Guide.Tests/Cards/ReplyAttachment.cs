using System.Text.Json;

namespace MigrationBot.Guide.Tests.Cards;

internal sealed record ReplyAttachment(string ContentType, JsonElement Content);
