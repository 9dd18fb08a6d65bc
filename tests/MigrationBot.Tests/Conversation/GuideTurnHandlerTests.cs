using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MigrationBot.Channel;
using MigrationBot.Guide.Cards;
using MigrationBot.Storage;
using MigrationBot.Tests.Support;

namespace MigrationBot.Tests.Conversation;

/// <summary>Turns end to end: an inbound activity through the real endpoint, turn logic, guide and store, out to the Connector.</summary>
public sealed class GuideTurnHandlerTests
{
    private static readonly CardText Text = new(CardText.CultureFor("en-US"));

    private const string ChannelConversation = "19:general@thread.tacv2;messageid=1700000000000";

    [Fact]
    public async Task QuestionInAPersonalChatIsAnsweredWithTheAnswerCardAsAReply()
    {
        await using var app = await ConversationApp.StartAsync();

        var response = await app.SendAsync(TestActivities.Message("how do I copy my s3 buckets to azure", id: "q-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await app.PostedAsync(1));
        Assert.EndsWith("/v3/conversations/a:1personal-chat/activities/q-1", Uri.UnescapeDataString(reply.Uri.AbsolutePath), StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.adaptive", reply.Body.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        Assert.Contains("Service guide - Storage", reply.CardText, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
        Assert.False(string.IsNullOrWhiteSpace(reply.Body.GetProperty("summary").GetString()));
        Assert.Contains(app.Connector.Requests, r => r.Body?.Contains("\"typing\"", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ChannelMentionIsRemovedAndTheAnswerGoesToTheSameThread()
    {
        await using var app = await ConversationApp.StartAsync();
        var bot = new ChannelAccount { Id = $"28:{BotAppFactory.AppId}", Name = "MigrationBot" };
        var message = TestActivities.Message("<at>MigrationBot</at> what replaces DynamoDB?", id: "c-1") with
        {
            Conversation = new ConversationAccount { Id = ChannelConversation, ConversationType = "channel", IsGroup = true, TenantId = BotAppFactory.TenantId },
            Entities = [new Mention(bot, "<at>MigrationBot</at>").ToEntity()],
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = BotAppFactory.TenantId }, team = new { id = "19:team@thread.tacv2" } }),
        };

        await app.SendAsync(message);

        var reply = Assert.Single(await app.PostedAsync(1));
        Assert.EndsWith("/activities/c-1", reply.Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(ChannelConversation), reply.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("Cosmos DB", reply.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARedeliveredActivityIsAnsweredOnce()
    {
        await using var app = await ConversationApp.StartAsync();
        var message = TestActivities.Message("how do I move EC2 instances", id: "dup-1");

        await app.SendAsync(message);
        await app.SendAsync(message);
        await app.SendAsync(TestActivities.Message("help", id: "after-1"));

        var posted = await app.PostedAsync(2);
        Assert.Equal(2, posted.Count);
        Assert.EndsWith("/activities/dup-1", posted[0].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.EndsWith("/activities/after-1", posted[1].Uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionTheGuideDoesNotCoverGetsTheNotCoveredCard()
    {
        await using var app = await ConversationApp.StartAsync();

        await app.SendAsync(TestActivities.Message("what is a good sourdough starter recipe", id: "oos-1"));

        var reply = Assert.Single(await app.PostedAsync(1));
        Assert.Contains("Not covered by the guide", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("Closest topics in the guide", reply.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help", "Ask me about")]
    [InlineData("/help", "Ask me about")]
    [InlineData("steps", "The migration in 5 steps")]
    [InlineData("step 3", "Step 3 of 5")]
    [InlineData("Step prepare", "Prepare the landing zone and the team")]
    [InlineData("step evaluate", "Evaluate, optimize and decommission")]
    public async Task CommandsShowTheirCards(string command, string expected)
    {
        await using var app = await ConversationApp.StartAsync();

        await app.SendAsync(TestActivities.Message(command, id: "cmd-1"));

        var reply = Assert.Single(await app.PostedAsync(1));
        Assert.Contains(expected, reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextAfterAnAnswerShowsTheFollowingStep()
    {
        await using var app = await ConversationApp.StartAsync();

        await app.SendAsync(TestActivities.Message("step assess", id: "n-1"));
        await app.PostedAsync(1);
        await app.SendAsync(TestActivities.Message("how do I group workloads into migration waves", id: "n-2"));
        await app.PostedAsync(2);
        await app.SendAsync(TestActivities.Message("next", id: "n-3"));

        var posted = await app.PostedAsync(3);
        Assert.Contains("Step 1 of 5 - Assess", posted[1].CardText, StringComparison.Ordinal);
        Assert.Contains("Step 2 of 5", posted[2].CardText, StringComparison.Ordinal);
        Assert.Contains("Design the Azure target", posted[2].CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextBeforeAnyAnswerSaysWhatToDo()
    {
        await using var app = await ConversationApp.StartAsync();

        await app.SendAsync(TestActivities.Message("next", id: "n-0"));

        var reply = Assert.Single(await app.PostedAsync(1));
        Assert.Equal(Text.ReplyNothingBefore, reply.Text);
    }

    [Fact]
    public async Task MoreShowsAnotherSectionForTheLastQuestion()
    {
        await using var app = await ConversationApp.StartAsync();

        await app.SendAsync(TestActivities.Message("how do I move lambda functions", id: "m-1"));
        var first = (await app.PostedAsync(1))[0];
        await app.SendAsync(TestActivities.Message("more", id: "m-2"));

        var second = (await app.PostedAsync(2))[1];
        Assert.NotNull(second.Card);
        Assert.NotEmpty(second.OpenUrls);
        Assert.NotEqual(first.OpenUrls[0], second.OpenUrls[0]);
    }

    [Fact]
    public async Task FeedbackButtonIsRecordedAndAcknowledged()
    {
        await using var app = await ConversationApp.StartAsync();
        var press = TestActivities.Message(text: null!, id: "fb-1") with
        {
            Value = JsonSerializer.SerializeToElement(new { action = "feedback", helpful = false, section = "services/storage.md", question = "s3 to blob?" }),
        };

        await app.SendAsync(press);

        var reply = Assert.Single(await app.PostedAsync(1));
        Assert.Equal(Text.ReplyFeedbackThanks, reply.Text);
        var store = app.Factory.Services.GetRequiredService<IBotStore>();
        var entry = Assert.Single(await store.ListFeedbackAsync(TestContext.Current.CancellationToken));
        Assert.Equal(("services/storage.md", "s3 to blob?", false), (entry.SectionId, entry.Question, entry.Helpful));
    }

    [Fact]
    public async Task ShowSectionButtonAnswersWithThatSection()
    {
        await using var app = await ConversationApp.StartAsync();
        var press = TestActivities.Message(text: null!, id: "show-1") with
        {
            Value = JsonSerializer.SerializeToElement(new { action = "show", section = "journey/assess.md#checklist" }),
        };

        await app.SendAsync(press);

        var reply = Assert.Single(await app.PostedAsync(1));
        Assert.Contains("Checklist", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("Step 1 of 5 - Assess", reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallingWelcomesOnceAndRemovingForgetsTheConversation()
    {
        await using var app = await ConversationApp.StartAsync();
        var message = TestActivities.Message();
        var install = message with { Type = ActivityTypes.InstallationUpdate, Id = "i-1", Action = "add", Text = null };
        var added = message with { Type = ActivityTypes.ConversationUpdate, Id = "i-2", Text = null, MembersAdded = [message.Recipient!, message.From!] };

        await app.SendAsync(install);
        await app.SendAsync(added);
        await app.SendAsync(TestActivities.Message("help", id: "i-3"));

        var posted = await app.PostedAsync(2);
        Assert.Equal(2, posted.Count);
        Assert.Contains(Text.WelcomeHeading, posted[0].CardText, StringComparison.Ordinal);
        var store = app.Factory.Services.GetRequiredService<IBotStore>();
        var key = new ConversationKey("a:1personal-chat");
        Assert.NotNull(await store.GetInstallationAsync(key, TestContext.Current.CancellationToken));

        await app.SendAsync(install with { Id = "i-4", Action = "remove" });
        await WaitUntilAsync(async () => await store.GetInstallationAsync(key, TestContext.Current.CancellationToken) is null);
    }

    [Fact]
    public async Task AFailedReplyEndsWithAnApologyAndTheEndpointStillAnswers200()
    {
        await using var app = await ConversationApp.StartAsync();
        var failed = false;
        app.Connector.Respond = (_, _) =>
        {
            var fail = !failed && app.Posted().Count == 1;
            failed |= fail;
            return Task.FromResult(fail ? new HttpResponseMessage(HttpStatusCode.InternalServerError) : RecordingConnectorHandler.Created("a-1"));
        };

        var response = await app.SendAsync(TestActivities.Message("how do I move EC2 instances", id: "err-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posted = await app.PostedAsync(2);
        Assert.Equal(Text.ReplyApology, posted[1].Text);
    }

    [Fact]
    public async Task AnsweredAndDeclinedQuestionsAreCountedWithTheirLatency()
    {
        await using var app = await ConversationApp.StartAsync();
        var meter = app.Factory.Services.GetRequiredService<BotTelemetry>().Meter;
        var measured = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter, meter))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, _, _) => measured.Add(instrument.Name));
        listener.SetMeasurementEventCallback<double>((instrument, _, _, _) => measured.Add(instrument.Name));
        listener.Start();

        await app.SendAsync(TestActivities.Message("what replaces DynamoDB", id: "t-1"));
        await app.SendAsync(TestActivities.Message("what is a good sourdough starter recipe", id: "t-2"));
        await app.PostedAsync(2);
        await WaitUntilAsync(() => Task.FromResult(measured.Count(n => n == "bot.answer.duration") >= 2));

        Assert.Equal(1, measured.Count(n => n == "bot.questions.answered"));
        Assert.Equal(1, measured.Count(n => n == "bot.questions.declined"));
        Assert.Equal(2, measured.Count(n => n == "bot.answer.duration"));
    }

    [Fact]
    public async Task AnUnreachableConnectorLosesOnlyThatReplyAndTheNextMessageIsAnswered()
    {
        await using var app = await ConversationApp.StartAsync();
        var reachable = false;
        app.Connector.Respond = (_, _) => reachable
            ? Task.FromResult(RecordingConnectorHandler.Created("a-1"))
            : throw new HttpRequestException("Connection refused");

        var first = await app.SendAsync(TestActivities.Message("how do I move EC2 instances", id: "down-1"));
        await WaitUntilAsync(() => Task.FromResult(app.Connector.Requests.Count >= 2));
        reachable = true;
        await app.SendAsync(TestActivities.Message("what replaces DynamoDB", id: "up-1"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var posted = await app.PostedAsync(2);
        Assert.EndsWith("/activities/up-1", posted[^1].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Cosmos DB", posted[^1].CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherActivityTypesGet200AndNoReply()
    {
        await using var app = await ConversationApp.StartAsync();
        var reaction = TestActivities.Message() with { Type = ActivityTypes.MessageReaction, Id = "r-1", Text = null };
        var memberAdded = TestActivities.Message() with
        {
            Type = ActivityTypes.ConversationUpdate, Id = "u-1", Text = null, MembersAdded = [new ChannelAccount { Id = "29:someone-else" }],
        };

        var responses = new[] { await app.SendAsync(reaction), await app.SendAsync(memberAdded) };
        await app.SendAsync(TestActivities.Message("help", id: "h-1"));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var posted = Assert.Single(await app.PostedAsync(1));
        Assert.EndsWith("/activities/h-1", posted.Uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownInvokeGets501()
    {
        await using var app = await ConversationApp.StartAsync();
        var invoke = TestActivities.Message() with { Type = ActivityTypes.Invoke, Name = "composeExtension/query", Text = null };

        var response = await app.SendAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(app.Posted());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 200 && !await condition(); attempt++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.True(await condition());
    }
}
