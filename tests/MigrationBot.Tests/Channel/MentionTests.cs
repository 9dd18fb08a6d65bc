using System.Text.Json;
using MigrationBot.Channel;
using MigrationBot.Tests.Support;

namespace MigrationBot.Tests.Channel;

public sealed class MentionTests
{
    private static readonly JsonElement BotMention = JsonSerializer.SerializeToElement(new
    {
        type = "mention",
        mentioned = new { id = "28:bot", name = "Migration Bot" },
        text = "<at>Migration Bot</at>",
    });

    [Fact]
    public void MentionOfTheBotIsRemovedFromTheText()
    {
        var activity = TestActivities.Message("<at>Migration Bot</at> how do I move S3?") with { Entities = [BotMention] };

        Assert.Equal("how do I move S3?", Mention.RemoveMentionsOf(activity, "28:bot"));
    }

    [Fact]
    public void MentionsOfOthersStay()
    {
        var activity = TestActivities.Message("<at>Migration Bot</at> ask <at>Alex</at>") with
        {
            Entities =
            [
                BotMention,
                JsonSerializer.SerializeToElement(new { type = "mention", mentioned = new { id = "29:alex", name = "Alex" }, text = "<at>Alex</at>" }),
                JsonSerializer.SerializeToElement(new { type = "clientInfo", locale = "en-US" }),
                JsonSerializer.SerializeToElement("not an object"),
            ],
        };

        Assert.Equal("ask <at>Alex</at>", Mention.RemoveMentionsOf(activity, "28:bot"));
        Assert.Equal(["28:bot", "29:alex"], Mention.From(activity).Select(m => m.Mentioned.Id));
    }

    [Fact]
    public void MentionEntityForAReplyHasTheWireShape()
    {
        var entity = Mention.Of(new ChannelAccount { Id = "29:alex", Name = "Alex" }).ToEntity();

        Assert.Equal("""{"type":"mention","mentioned":{"id":"29:alex","name":"Alex"},"text":"\u003Cat\u003EAlex\u003C/at\u003E"}""", entity.GetRawText());
    }
}
