using System.Net;
using System.Net.Http.Headers;
using MigrationBot.Channel;

namespace MigrationBot.Tests.Channel;

public sealed class ConnectorRetryHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly BotChannelOptions Settings = new()
    {
        ConnectorRetryBaseDelay = TimeSpan.FromSeconds(1),
        ConnectorMaxRetryDelay = TimeSpan.FromSeconds(30),
    };

    [Fact]
    public void RetryAfterSecondsAreHonoured()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorRetryHandler.RetryDelay(response, 0, Settings, Now, 0.5));
    }

    [Fact]
    public void RetryAfterDateIsHonoured()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(12));

        Assert.Equal(TimeSpan.FromSeconds(12), ConnectorRetryHandler.RetryDelay(response, 0, Settings, Now, 0.5));
    }

    [Fact]
    public void WithoutRetryAfterTheDelayDoublesWithJitter()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway);

        Assert.Equal(TimeSpan.FromSeconds(0.75), ConnectorRetryHandler.RetryDelay(response, 0, Settings, Now, 0));
        Assert.Equal(TimeSpan.FromSeconds(2), ConnectorRetryHandler.RetryDelay(response, 1, Settings, Now, 0.5));
        Assert.Equal(TimeSpan.FromSeconds(5), ConnectorRetryHandler.RetryDelay(response, 2, Settings, Now, 1));
        Assert.Equal(TimeSpan.FromSeconds(30), ConnectorRetryHandler.RetryDelay(response, 10, Settings, Now, 1));
    }

    [Fact]
    public void RetryAfterBeyondTheMaximumEndsTheRetries()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(5));

        Assert.Null(ConnectorRetryHandler.RetryDelay(response, 0, Settings, Now, 0.5));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.PreconditionFailed, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.ServiceUnavailable, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, false)]
    public void OnlyStatusesMeaningTheConnectorDidNotActAreRetried(HttpStatusCode status, bool retried) =>
        Assert.Equal(retried, ConnectorRetryHandler.IsRetryable(status));
}
