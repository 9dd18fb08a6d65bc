using System.Net;
using System.Text;
using System.Text.Json;
using MigrationBot.Channel;
using MigrationBot.Tests.Support;

namespace MigrationBot.Tests.Channel;

/// <summary>The shape of <c>POST /api/messages</c>: strict reading, invokes in the request, other activities in the background.</summary>
public sealed class BotEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Token => BotAppFactory.Bearer(TestTokens.Channel().Create());

    public static TheoryData<string, string> MalformedBodies() => new()
    {
        { "not json", "type=message" },
        { "truncated json", """{"type":"message","serviceUrl":""" },
        { "an array", """[{"type":"message"}]""" },
        { "null", "null" },
        { "text is a number", """{"type":"message","text":123,"serviceUrl":"https://smba.test/amer/","conversation":{"id":"c"}}""" },
        { "no type", """{"serviceUrl":"https://smba.test/amer/","conversation":{"id":"c"}}""" },
        { "no serviceUrl", """{"type":"message","conversation":{"id":"c"}}""" },
        { "relative serviceUrl", """{"type":"message","serviceUrl":"/amer/","conversation":{"id":"c"}}""" },
        { "no conversation id", """{"type":"message","serviceUrl":"https://smba.test/amer/","conversation":{}}""" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task MalformedActivityGets400WithAProblemBody(string caseName, string body)
    {
        await using var app = new BotAppFactory();

        var response = await app.PostRawAsync(body, Token, Ct);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{caseName}: got {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("detail").GetString()));
        Assert.Empty(app.Turns.Turns);
    }

    [Fact]
    public async Task OversizedActivityGets413()
    {
        await using var app = new BotAppFactory();
        var activity = TestActivities.Message(new string('x', 300 * 1024));

        var response = await app.PostActivityAsync(activity, Token, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(app.Turns.Turns);
    }

    [Fact]
    public async Task OversizedActivityWithoutContentLengthGets413()
    {
        await using var app = new BotAppFactory(new Dictionary<string, string?> { ["Bot:MaxActivityBytes"] = "1024" });
        var json = TestActivities.Json(TestActivities.Message(new string('x', 4096)));
        using var request = new HttpRequestMessage(HttpMethod.Post, BotEndpoints.MessagesPath)
        {
            Content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(json))),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TryAddWithoutValidation("Authorization", Token);

        var response = await app.CreateClient().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task NonJsonContentTypeGets415()
    {
        await using var app = new BotAppFactory();
        using var content = new StringContent(TestActivities.Json(TestActivities.Message()), Encoding.UTF8, "text/plain");

        var response = await app.CreateClient().PostAsync(BotEndpoints.MessagesPath, content, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task UnknownInvokeGets501FromTheDefaultHandler()
    {
        await using var app = new BotAppFactory { UseRecordingTurnHandler = false };
        var invoke = TestActivities.Message() with { Type = ActivityTypes.Invoke, Name = "composeExtension/query", Text = null };

        var response = await app.PostActivityAsync(invoke, Token, Ct);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(app.Connector.Requests);
    }

    [Fact]
    public async Task InvokeResponseBecomesTheHttpResponse()
    {
        await using var app = new BotAppFactory();
        var invoke = TestActivities.Message() with
        {
            Type = ActivityTypes.Invoke,
            Name = "test/echo",
            Value = JsonSerializer.SerializeToElement(new { verb = "ack" }),
        };

        var response = await app.PostActivityAsync(invoke, Token, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"echoed":{"verb":"ack"}}""", await response.Content.ReadAsStringAsync(Ct));
        Assert.Single(app.Turns.Turns);
    }

    [Fact]
    public async Task ConversationUpdateGets200AtOnceWithAnEmptyBody()
    {
        await using var app = new BotAppFactory();
        var update = TestActivities.Message() with
        {
            Type = ActivityTypes.ConversationUpdate,
            Text = null,
            MembersAdded = [new ChannelAccount { Id = $"28:{BotAppFactory.AppId}" }],
        };

        var response = await app.PostActivityAsync(update, Token, Ct);
        var message = await app.PostActivityAsync(TestActivities.Message(), Token, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength ?? 0);
    }

    [Fact]
    public async Task ConversationUpdateReachesTurnLogicButTypingDoesNot()
    {
        await using var app = new BotAppFactory();
        var typing = TestActivities.Message() with { Type = ActivityTypes.Typing, Id = "typing-1", Text = null };
        var update = TestActivities.Message() with { Type = ActivityTypes.ConversationUpdate, Id = "update-1", Text = null };

        var typingResponse = await app.PostActivityAsync(typing, Token, Ct);
        var updateResponse = await app.PostActivityAsync(update, Token, Ct);
        var completed = await app.Turns.NextCompletedAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, typingResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updateResponse.StatusCode);
        Assert.Equal("update-1", completed.Id);
        Assert.Equal("update-1", Assert.Single(app.Turns.Turns).ActivityId);
        Assert.Empty(app.Connector.Requests);
    }

    [Fact]
    public async Task FloodInOneConversationGets429AfterItsLimit()
    {
        await using var app = new BotAppFactory(new Dictionary<string, string?>
        {
            ["Bot:InboundPermitsPerConversation"] = "2",
            ["Bot:InboundWindow"] = "00:10:00",
        });
        var typing = TestActivities.Message() with { Type = ActivityTypes.Typing };
        var otherConversation = typing with { Conversation = new ConversationAccount { Id = "a:other" } };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await app.PostActivityAsync(typing, Token, Ct)).StatusCode);
        }

        var other = await app.PostActivityAsync(otherConversation, Token, Ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task UnknownFieldsOfTheActivityReachTurnLogic()
    {
        await using var app = new BotAppFactory();
        const string body = """
            {"type":"message","id":"m1","serviceUrl":"https://smba.test/amer/","channelId":"msteams",
             "conversation":{"id":"a:1personal-chat","tenantId":"t1","futureField":1},
             "from":{"id":"29:u"},"recipient":{"id":"28:b"},"text":"hi","brandNewField":{"nested":true},
             "value":{"verb":"ack"},"channelData":{"tenant":{"id":"t1"},"eventType":"x"}}
            """;

        var response = await app.PostRawAsync(body, Token, Ct);
        await app.Turns.NextCompletedAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activity = Assert.Single(app.Turns.Turns).Activity;
        Assert.True(activity.ExtensionData!["brandNewField"].GetProperty("nested").GetBoolean());
        Assert.Equal(1, activity.Conversation!.ExtensionData!["futureField"].GetInt32());
        Assert.Equal("ack", activity.Value!.Value.GetProperty("verb").GetString());
        Assert.Equal("t1", activity.GetTenantId());
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
