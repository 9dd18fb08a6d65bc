using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MigrationBot.Channel;
using MigrationBot.Tests.Support;
using BotActivity = MigrationBot.Channel.Activity;

namespace MigrationBot.Tests.Channel;

/// <summary>Outbound calls: retries only when the Connector did not act, never twice after a timeout, tokens only to trusted URLs.</summary>
public sealed class ConnectorClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ConversationReference Conversation(string serviceUrl = BotAppFactory.ServiceUrl, string id = "19:abc@thread.tacv2;messageid=171") =>
        TestActivities.Message(serviceUrl: serviceUrl).GetConversationReference() with
        {
            Conversation = new ConversationAccount { Id = id, TenantId = BotAppFactory.TenantId },
        };

    private static BotAppFactory TrustingApp(Dictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?> { ["Bot:TrustedServiceUrls:0"] = "https://smba.test/" };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        return new BotAppFactory(settings);
    }

    private static HttpResponseMessage Status(HttpStatusCode status, string? retryAfter = null, string? body = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body ?? string.Empty, Encoding.UTF8, "application/json") };
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return response;
    }

    [Fact]
    public async Task ThrottledSendIsRetriedAfterRetryAfterAndSucceedsOnce()
    {
        await using var app = TrustingApp();
        app.Connector.Respond = (n, _) => Task.FromResult(n == 1 ? Status(HttpStatusCode.TooManyRequests, "1") : RecordingConnectorHandler.Created("sent-1"));
        var connector = app.Services.GetRequiredService<ConnectorClient>();

        var response = await connector.SendToConversationAsync(Conversation(), BotActivity.CreateMessage("hi"), Ct);

        Assert.Equal("sent-1", response.Id);
        var calls = app.Connector.Requests.ToArray();
        Assert.Equal(2, calls.Length);
        Assert.Equal(calls[0].Body, calls[1].Body);
        Assert.All(calls, c => Assert.Equal($"Bearer {FakeTokenEndpointHandler.AccessToken}", c.Authorization));
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task StatusMeaningTheConnectorDidNotActIsRetried(HttpStatusCode status)
    {
        await using var app = TrustingApp();
        app.Connector.Respond = (n, _) => Task.FromResult(n == 1 ? Status(status) : RecordingConnectorHandler.Created("sent-1"));
        var connector = app.Services.GetRequiredService<ConnectorClient>();

        await connector.SendToConversationAsync(Conversation(), BotActivity.CreateMessage("hi"), Ct);

        Assert.Equal(2, app.Connector.Requests.Count);
    }

    [Fact]
    public async Task ServerErrorIsNotRetriedAndItsCodeIsReported()
    {
        await using var app = TrustingApp();
        app.Connector.Respond = (_, _) => Task.FromResult(Status(
            HttpStatusCode.InternalServerError, body: """{"error":{"code":"ServiceError","message":"boom"}}"""));
        var connector = app.Services.GetRequiredService<ConnectorClient>();

        var failure = await Assert.ThrowsAsync<ConnectorException>(
            () => connector.SendToConversationAsync(Conversation(), BotActivity.CreateMessage("hi"), Ct));

        Assert.Equal(HttpStatusCode.InternalServerError, failure.StatusCode);
        Assert.Equal("ServiceError", failure.ErrorCode);
        Assert.Single(app.Connector.Requests);
    }

    [Fact]
    public async Task RetriesStopAfterTheConfiguredNumber()
    {
        await using var app = TrustingApp(new() { ["Bot:ConnectorMaxRetries"] = "2" });
        app.Connector.Respond = (_, _) => Task.FromResult(Status(
            HttpStatusCode.TooManyRequests, body: """{"error":{"code":"Throttled","message":"slow down"}}"""));
        var connector = app.Services.GetRequiredService<ConnectorClient>();

        var failure = await Assert.ThrowsAsync<ConnectorException>(
            () => connector.SendToConversationAsync(Conversation(), BotActivity.CreateMessage("hi"), Ct));

        Assert.Equal("Throttled", failure.ErrorCode);
        Assert.Equal(3, app.Connector.Requests.Count);
    }

    [Fact]
    public async Task RetryAfterBeyondTheMaximumDelayIsNotWaitedFor()
    {
        await using var app = TrustingApp();
        app.Connector.Respond = (_, _) => Task.FromResult(Status(HttpStatusCode.TooManyRequests, "3600"));
        var connector = app.Services.GetRequiredService<ConnectorClient>();

        var failure = await Assert.ThrowsAsync<ConnectorException>(
            () => connector.SendToConversationAsync(Conversation(), BotActivity.CreateMessage("hi"), Ct));

        Assert.Equal(HttpStatusCode.TooManyRequests, failure.StatusCode);
        Assert.Single(app.Connector.Requests);
    }

    [Fact]
    public async Task PostThatTimesOutIsNotRetried()
    {
        await using var app = TrustingApp(new() { ["Bot:ConnectorTimeout"] = "00:00:00.200" });
        app.Connector.Respond = async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return RecordingConnectorHandler.Created("never");
        };
        var connector = app.Services.GetRequiredService<ConnectorClient>();

        await Assert.ThrowsAsync<TimeoutException>(
            () => connector.ReplyToActivityAsync(Conversation(), "msg-1", BotActivity.CreateMessage("hi"), Ct));

        Assert.Single(app.Connector.Requests);
    }

    [Fact]
    public async Task TokenIsNeverSentToAnUntrustedServiceUrl()
    {
        await using var app = TrustingApp();
        var connector = app.Services.GetRequiredService<ConnectorClient>();

        await Assert.ThrowsAsync<ConnectorException>(
            () => connector.SendToConversationAsync(Conversation("https://smba.test.evil.example/amer/"), BotActivity.CreateMessage("hi"), Ct));
        await Assert.ThrowsAsync<ConnectorException>(
            () => connector.SendToConversationAsync(Conversation("http://smba.test/amer/"), BotActivity.CreateMessage("hi"), Ct));

        Assert.Empty(app.Connector.Requests);
        Assert.Empty(app.TokenEndpoint.Requests);
    }

    [Fact]
    public async Task ServiceUrlOfAnEntraTokenIsNotTrustedWithTheBotToken()
    {
        await using var app = new BotAppFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = BotAppFactory.TenantId,
        });
        var activity = TestActivities.Message("hi", serviceUrl: "https://attacker.example/");

        var response = await app.PostActivityAsync(activity, BotAppFactory.Bearer(TestTokens.Entra().Create()), Ct);
        await app.Turns.NextCompletedAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<ConnectorException>(Assert.Single(app.Turns.ReplyFailures));
        Assert.Empty(app.Connector.Requests);
    }

    [Fact]
    public async Task TokenIsRequestedOnceForTheBotFrameworkTenantAndReused()
    {
        await using var app = TrustingApp();
        var connector = app.Services.GetRequiredService<ConnectorClient>();

        await connector.SendToConversationAsync(Conversation(), BotActivity.CreateMessage("one"), Ct);
        await connector.SendToConversationAsync(Conversation(), BotActivity.CreateMessage("two"), Ct);

        var tokenRequest = Assert.Single(app.TokenEndpoint.Requests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", tokenRequest.Uri.AbsolutePath);
        Assert.Contains("grant_type=client_credentials", tokenRequest.Body, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", tokenRequest.Body, StringComparison.Ordinal);
        Assert.Contains($"client_id={BotAppFactory.AppId}", tokenRequest.Body, StringComparison.Ordinal);
        Assert.Equal(2, app.Connector.Requests.Count);
    }

    [Fact]
    public async Task UserAssignedManagedIdentityAsksTheManagedIdentityEndpointWithItsClientId()
    {
        await using var app = TrustingApp(new()
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppTenantId"] = BotAppFactory.TenantId,
        });
        var connector = app.Services.GetRequiredService<ConnectorClient>();

        await connector.SendToConversationAsync(Conversation(), BotActivity.CreateMessage("hi"), Ct);

        var tokenRequest = Assert.Single(app.TokenEndpoint.Requests, r => r.Uri.AbsolutePath.EndsWith("/oauth2/token", StringComparison.Ordinal));
        var query = Uri.UnescapeDataString(tokenRequest.Uri.Query);
        Assert.Contains($"client_id={BotAppFactory.AppId}", query, StringComparison.Ordinal);
        Assert.Contains("resource=https://api.botframework.com&", query + "&", StringComparison.Ordinal);
        Assert.Equal($"Bearer {FakeTokenEndpointHandler.AccessToken}", Assert.Single(app.Connector.Requests).Authorization);
    }

    [Fact]
    public async Task OperationsUseTheConnectorPathsWithEscapedIds()
    {
        await using var app = TrustingApp();
        app.Connector.Respond = (n, _) => Task.FromResult(n switch
        {
            3 => Status(HttpStatusCode.OK, body: """{"id":"19:new;messageid=9","activityId":"9"}"""),
            4 => Status(HttpStatusCode.OK, body: """{"conversations":[{"id":"19:general@thread.tacv2","name":null},{"id":"19:x@thread.tacv2","name":"Migration"}]}"""),
            5 => Status(HttpStatusCode.OK, body: """{"id":"29:u","name":"Alex","email":"alex@contoso.example","userPrincipalName":"alex@contoso.example"}"""),
            _ => RecordingConnectorHandler.Created("a-1"),
        });
        var connector = app.Services.GetRequiredService<ConnectorClient>();
        var conversation = Conversation();

        await connector.ReplyToActivityAsync(conversation, "171", BotActivity.CreateMessage("reply"), Ct);
        await connector.UpdateActivityAsync(conversation, "a-1", BotActivity.CreateMessage("edited"), Ct);
        var created = await connector.CreateConversationAsync(
            BotAppFactory.ServiceUrl, new ConversationParameters { IsGroup = true, TenantId = BotAppFactory.TenantId, Activity = BotActivity.CreateMessage("root") }, Ct);
        var channels = await connector.GetTeamChannelsAsync(BotAppFactory.ServiceUrl, "19:team@thread.tacv2", BotAppFactory.TenantId, Ct);
        var member = await connector.GetConversationMemberAsync(conversation, "29:u", Ct);

        var calls = app.Connector.Requests.Select(r => $"{r.Method} {r.Uri.AbsolutePath}").ToArray();
        Assert.Equal(
            [
                "POST /amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D171/activities/171",
                "PUT /amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D171/activities/a-1",
                "POST /amer/v3/conversations",
                "GET /amer/v3/teams/19%3Ateam%40thread.tacv2/conversations",
                "GET /amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D171/members/29%3Au",
            ],
            calls);
        Assert.Equal("9", created.ActivityId);
        Assert.Equal(["19:general@thread.tacv2", "19:x@thread.tacv2"], channels.Select(c => c.Id));
        Assert.Equal("alex@contoso.example", member.Email);
        var update = app.Connector.Requests.ElementAt(1).Body!;
        Assert.Contains("\"id\":\"a-1\"", update, StringComparison.Ordinal);
        Assert.DoesNotContain("serviceUrl", update, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendsBeyondTheConversationLimitWaitTheirTurn()
    {
        await using var app = TrustingApp(new()
        {
            ["Bot:ConversationSendsPerSecond"] = "2",
            ["Bot:ConversationSendsPer30Seconds"] = "2",
        });
        var connector = app.Services.GetRequiredService<ConnectorClient>();
        await connector.SendToConversationAsync(Conversation(), BotActivity.CreateMessage("1"), Ct);
        await connector.SendToConversationAsync(Conversation(), BotActivity.CreateMessage("2"), Ct);
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var third = connector.SendToConversationAsync(Conversation(), BotActivity.CreateMessage("3"), giveUp.Token);
        var otherConversation = await connector.SendToConversationAsync(Conversation(id: "a:other"), BotActivity.CreateMessage("4"), Ct);
        var thirdWasWaiting = !third.IsCompleted;
        await giveUp.CancelAsync();

        Assert.True(thirdWasWaiting);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third);
        Assert.Equal(3, app.Connector.Requests.Count);
        Assert.NotNull(otherConversation.Id);
    }
}
