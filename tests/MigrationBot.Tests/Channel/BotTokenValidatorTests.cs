using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using MigrationBot.Channel;
using MigrationBot.Tests.Support;

namespace MigrationBot.Tests.Channel;

/// <summary>Inbound authentication through <c>POST /api/messages</c>: what passes, and every refusal is a 401 that reaches nothing.</summary>
public sealed class BotTokenValidatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ValidChannelTokenIsAcceptedAndTheReplyCarriesTheBotToken()
    {
        await using var app = new BotAppFactory();

        var response = await app.PostActivityAsync(TestActivities.Message("hi"), BotAppFactory.Bearer(TestTokens.Channel().Create()), Ct);
        await app.Turns.NextCompletedAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(app.Connector.Requests);
        Assert.Equal(HttpMethod.Post, reply.Method);
        Assert.Equal("https://smba.test/amer/v3/conversations/a%3A1personal-chat/activities/msg-1", reply.Uri.AbsoluteUri);
        Assert.Equal($"Bearer {FakeTokenEndpointHandler.AccessToken}", reply.Authorization);
        Assert.Contains("\"text\":\"echo: hi\"", reply.Body, StringComparison.Ordinal);
        Assert.Contains("\"replyToId\":\"msg-1\"", reply.Body, StringComparison.Ordinal);
        Assert.Empty(app.Turns.ReplyFailures);
    }

    [Fact]
    public async Task ValidEntraTokenFromTheSingleTenantIssuerIsAccepted()
    {
        await using var app = new BotAppFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = BotAppFactory.TenantId,
        });
        var activity = TestActivities.Message("hi", serviceUrl: "https://smba.trafficmanager.net/amer/");

        var response = await app.PostActivityAsync(activity, BotAppFactory.Bearer(TestTokens.Entra().Create()), Ct);
        await app.Turns.NextCompletedAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(app.Turns.Turns);
        Assert.Equal(CallerKind.Entra, turn.Caller.Kind);
        Assert.Single(app.Connector.Requests);
        Assert.Contains(app.TokenEndpoint.Requests, r => r.Uri.AbsolutePath == $"/{BotAppFactory.TenantId}/oauth2/v2.0/token");
    }

    [Fact]
    public async Task ValidEntraV1TokenWithTheApiAudienceIsAccepted()
    {
        await using var app = new BotAppFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = BotAppFactory.TenantId,
        });
        var token = TestTokens.Entra() with
        {
            Issuer = $"https://sts.windows.net/{BotAppFactory.TenantId}/",
            Audience = $"api://{BotAppFactory.AppId}",
            Claims = new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = BotAppFactory.AppId },
        };

        var outcome = await app.Services.GetRequiredService<BotTokenValidator>()
            .AuthenticateAsync(BotAppFactory.Bearer(token.Create()), TestActivities.Message(), Ct);

        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.Equal(BotAppFactory.AppId, outcome.Caller!.CallerAppId);
    }

    [Fact]
    public async Task ChannelTokenWithTheApiAudienceIsRefused()
    {
        await using var app = new BotAppFactory();
        var token = TestTokens.Channel() with { Audience = $"api://{BotAppFactory.AppId}" };

        var outcome = await app.Services.GetRequiredService<BotTokenValidator>()
            .AuthenticateAsync(BotAppFactory.Bearer(token.Create()), TestActivities.Message(), Ct);

        Assert.Contains("audience", outcome.FailureReason, StringComparison.Ordinal);
    }

    public static TheoryData<string, string?, string> RefusedRequests()
    {
        var now = DateTime.UtcNow;
        return new TheoryData<string, string?, string>
        {
            { "no header", null, "missing" },
            { "not bearer", "Basic dXNlcjpwYXNz", "not 'Bearer <token>'" },
            { "three parts", $"Bearer {TestTokens.Channel().Create()} extra", "not 'Bearer <token>'" },
            { "not a jwt", "Bearer not-a-token", "not a JWT" },
            { "wrong issuer", BotAppFactory.Bearer((TestTokens.Channel() with { Issuer = "https://api.botframework.evil" }).Create()), "Issuer 'https://api.botframework.evil' is not trusted" },
            { "wrong audience", BotAppFactory.Bearer((TestTokens.Channel() with { Audience = "99999999-2222-3333-4444-555555555555" }).Create()), "audience" },
            { "expired", BotAppFactory.Bearer((TestTokens.Channel() with { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-6) }).Create()), "IDX10223" },
            { "not yet valid", BotAppFactory.Bearer((TestTokens.Channel() with { NotBefore = now.AddMinutes(40), Expires = now.AddHours(2) }).Create()), "IDX10222" },
            { "unknown key", BotAppFactory.Bearer((TestTokens.Channel() with { Key = TestSigningKeys.Unpublished }).Create()), "IDX10500" },
            { "alg none", BotAppFactory.Bearer(TestTokens.Channel().CreateUnsigned()), "IDX10504" },
            { "hmac", BotAppFactory.Bearer((TestTokens.Channel() with { Key = new SymmetricSecurityKey(new byte[32]) { KeyId = "teams-channel-key" }, Algorithm = SecurityAlgorithms.HmacSha256 }).Create()), "IDX10" },
            { "key not endorsed for msteams", BotAppFactory.Bearer((TestTokens.Channel() with { Key = TestSigningKeys.WebChatOnly }).Create()), "not endorsed for channel 'msteams'" },
            { "serviceurl mismatch", BotAppFactory.Bearer((TestTokens.Channel() with { Claims = new Dictionary<string, object> { ["serviceurl"] = "https://smba.test/emea/" } }).Create()), "differs from the activity's serviceUrl" },
            { "serviceurl missing", BotAppFactory.Bearer((TestTokens.Channel() with { Claims = new Dictionary<string, object>() }).Create()), "no serviceurl claim" },
            { "entra token signed by a channel key", BotAppFactory.Bearer((TestTokens.Entra() with { Key = TestSigningKeys.TeamsChannel }).Create()), "Entra token refused" },
            { "entra token from another tenant", BotAppFactory.Bearer((TestTokens.Entra() with { Issuer = "https://login.microsoftonline.com/bbbbbbbb-bbbb-cccc-dddd-eeeeeeeeeeee/v2.0" }).Create()), "is not trusted" },
            { "entra token for another caller", BotAppFactory.Bearer((TestTokens.Entra() with { Claims = new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = "99999999-2222-3333-4444-555555555555" } }).Create()), "caller (azp) is not MicrosoftAppId" },
        };
    }

    [Theory]
    [MemberData(nameof(RefusedRequests))]
    public async Task RefusedTokenGets401AndReachesNeitherTurnLogicNorTheConnector(string caseName, string? authorization, string reason)
    {
        await using var app = new BotAppFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = BotAppFactory.TenantId,
        });

        var refused = await app.PostActivityAsync(TestActivities.Message("refused", id: "bad-1"), authorization, Ct);
        await AssertOnlyTheNextValidActivityGetsThroughAsync(app);

        Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized, $"{caseName}: got {refused.StatusCode}");
        var outcome = await app.Services.GetRequiredService<BotTokenValidator>()
            .AuthenticateAsync(authorization, TestActivities.Message("refused", id: "bad-1"), Ct);
        Assert.False(outcome.Succeeded);
        Assert.Contains(reason, outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownSigningKeyMakesTheKeysBeFetchedAgainAtMostOnceIn5Minutes()
    {
        await using var app = new BotAppFactory();
        var valid = await app.PostActivityAsync(TestActivities.Message("hi"), BotAppFactory.Bearer(TestTokens.Channel().Create()), Ct);
        var fetchesBefore = app.Metadata.Requests.Count;

        var unknownKey = BotAppFactory.Bearer((TestTokens.Channel() with { Key = TestSigningKeys.Unpublished }).Create());

        var refused = await app.PostActivityAsync(TestActivities.Message("hi", id: "bad-1"), unknownKey, Ct);
        var fetchesAfterFirst = app.Metadata.Requests.Count;
        var refusedAgain = await app.PostActivityAsync(TestActivities.Message("hi", id: "bad-2"), unknownKey, Ct);

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedAgain.StatusCode);
        Assert.Equal(2, fetchesBefore);
        Assert.Equal(4, fetchesAfterFirst);
        Assert.Equal(4, app.Metadata.Requests.Count);
    }

    [Fact]
    public async Task TenantOutsideTheAllowListGets401()
    {
        await using var app = new BotAppFactory(new Dictionary<string, string?> { ["Bot:AllowedTenants:0"] = BotAppFactory.TenantId });
        var outsider = TestActivities.Message("hi", id: "bad-1", tenantId: "bbbbbbbb-0000-0000-0000-000000000000");

        var refused = await app.PostActivityAsync(outsider, BotAppFactory.Bearer(TestTokens.Channel().Create()), Ct);
        await AssertOnlyTheNextValidActivityGetsThroughAsync(app);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task WithoutAppIdARequestWithoutHeaderFromLoopbackIsAcceptedAndRepliedToWithoutToken()
    {
        await using var app = new BotAppFactory(new Dictionary<string, string?> { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" });
        var activity = TestActivities.Message("hi", serviceUrl: "http://localhost:56150/_connector");

        var response = await app.PostActivityAsync(activity, null, Ct);
        await app.Turns.NextCompletedAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(app.Connector.Requests);
        Assert.Equal("http://localhost:56150/_connector/v3/conversations/a%3A1personal-chat/activities/msg-1", reply.Uri.AbsoluteUri);
        Assert.Null(reply.Authorization);
        Assert.Empty(app.TokenEndpoint.Requests);
    }

    [Fact]
    public async Task WithoutAppIdANonLoopbackServiceUrlOrAHeaderGets401()
    {
        await using var app = new BotAppFactory(new Dictionary<string, string?> { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" });

        var remote = await app.PostActivityAsync(TestActivities.Message("hi"), null, Ct);
        var withHeader = await app.PostActivityAsync(
            TestActivities.Message("hi", serviceUrl: "http://127.0.0.1:56150/_connector"), BotAppFactory.Bearer(TestTokens.Channel().Create()), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, remote.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withHeader.StatusCode);
        Assert.Empty(app.Turns.Turns);
        Assert.Empty(app.Connector.Requests);
    }

    // The worker runs one turn at a time in these tests, in arrival order: once the valid activity's turn is done, a
    // refused one would already have been handled if it had been queued.
    private static async Task AssertOnlyTheNextValidActivityGetsThroughAsync(BotAppFactory app)
    {
        var valid = await app.PostActivityAsync(TestActivities.Message("valid", id: "good-1"), BotAppFactory.Bearer(TestTokens.Channel().Create()), Ct);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        var completed = await app.Turns.NextCompletedAsync(Ct);

        Assert.Equal("good-1", completed.Id);
        Assert.Equal("good-1", Assert.Single(app.Turns.Turns).ActivityId);
        var call = Assert.Single(app.Connector.Requests);
        Assert.EndsWith("/activities/good-1", call.Uri.AbsolutePath, StringComparison.Ordinal);
    }
}
