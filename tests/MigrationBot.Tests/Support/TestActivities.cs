using System.Text.Json;
using MigrationBot.Channel;
using BotActivity = MigrationBot.Channel.Activity;

namespace MigrationBot.Tests.Support;

/// <summary>Inbound activities shaped like the ones Teams sends.</summary>
internal static class TestActivities
{
    public static BotActivity Message(string text = "hello", string id = "msg-1", string serviceUrl = BotAppFactory.ServiceUrl, string tenantId = BotAppFactory.TenantId) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:user-1", Name = "Alex", AadObjectId = "00000000-0000-0000-0000-0000000000aa" },
        Recipient = new ChannelAccount { Id = $"28:{BotAppFactory.AppId}", Name = "MigrationBot" },
        Conversation = new ConversationAccount { Id = "a:1personal-chat", ConversationType = "personal", TenantId = tenantId },
        Text = text,
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }),
    };

    public static string Json(BotActivity activity) => JsonSerializer.Serialize(activity, BotJson.Options);
}
