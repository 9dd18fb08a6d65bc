using System.Text.Json;
using MigrationBot.Channel;
using MigrationBot.Tests.Support;
using BotActivity = MigrationBot.Channel.Activity;

namespace MigrationBot.Tests.Channel;

public sealed class ActivityTests
{
    [Fact]
    public void OutgoingMessageIsCamelCaseWithoutNulls()
    {
        var json = JsonSerializer.Serialize(BotActivity.CreateMessage("hi"), BotJson.Options);

        Assert.Equal("""{"type":"message","text":"hi"}""", json);
    }

    [Fact]
    public void UnknownFieldsSurviveARoundTrip()
    {
        const string json = """{"type":"message","futureField":{"a":[1,2]},"conversation":{"id":"c","flag":true},"channelData":{"tenant":{"id":"t"}}}""";

        var activity = JsonSerializer.Deserialize<BotActivity>(json, BotJson.Options)!;
        var written = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.Contains("\"futureField\":{\"a\":[1,2]}", written, StringComparison.Ordinal);
        Assert.Contains("\"flag\":true", written, StringComparison.Ordinal);
        Assert.Equal("t", activity.GetTenantId());
    }

    [Fact]
    public void ReplyIsAddressedFromTheBotToTheUserInTheSameConversation()
    {
        var inbound = TestActivities.Message("hi");

        var reply = inbound.GetConversationReference().ApplyTo(BotActivity.CreateMessage("hello"), inbound.Id);

        Assert.Equal(inbound.Recipient, reply.From);
        Assert.Equal(inbound.From, reply.Recipient);
        Assert.Equal(inbound.Conversation, reply.Conversation);
        Assert.Equal("msg-1", reply.ReplyToId);
        Assert.Null(reply.ServiceUrl);
        Assert.Null(reply.Id);
    }

    [Fact]
    public void TeamsChannelDataIsReadWhenPresentAndEmptyWhenMalformed()
    {
        var inChannel = TestActivities.Message() with
        {
            ChannelData = JsonSerializer.SerializeToElement(new
            {
                tenant = new { id = "t1" },
                team = new { id = "19:team", name = "Cloud", aadGroupId = "g" },
                channel = new { id = "19:chan", name = "General" },
                eventType = "channelCreated",
            }),
        };
        var malformed = TestActivities.Message() with { ChannelData = JsonSerializer.SerializeToElement(new { tenant = 5 }) };

        var data = TeamsChannelData.From(inChannel);

        Assert.Equal(("t1", "19:team", "g", "19:chan", "channelCreated"), (data.Tenant?.Id, data.Team?.Id, data.Team?.AadGroupId, data.Channel?.Id, data.EventType));
        Assert.Null(TeamsChannelData.From(malformed).Tenant);
        Assert.Equal(BotAppFactory.TenantId, malformed.GetTenantId());
    }
}
