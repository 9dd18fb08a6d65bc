using System.Net;
using Microsoft.Extensions.Options;

namespace MigrationBot.Channel;

/// <summary>
/// Retries Connector calls only when the response says the Connector did not act (429, 412, 502, 504), waiting for
/// <c>Retry-After</c> or an exponential backoff with jitter, a bounded number of times. An attempt that times out or
/// fails to connect is never retried: a POST might have been delivered, and a user must not see a reply twice.
/// </summary>
public sealed class ConnectorRetryHandler(IOptions<BotChannelOptions> options, TimeProvider timeProvider, BotTelemetry telemetry) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        for (var attempt = 0; ; attempt++)
        {
            var response = await SendOnceAsync(request, settings.ConnectorTimeout, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                telemetry.ConnectorThrottled.Add(1);
            }

            if (!IsRetryable(response.StatusCode) || attempt >= settings.ConnectorMaxRetries)
            {
                return response;
            }

            var delay = RetryDelay(response, attempt, settings, timeProvider.GetUtcNow(), Random.Shared.NextDouble());
            if (delay is null)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(delay.Value, timeProvider, cancellationToken);
        }
    }

    /// <summary>True for the statuses that mean the Connector did not act on the request.</summary>
    public static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// The wait before retry number <paramref name="attempt"/> + 1: <c>Retry-After</c> when given, else the base delay
    /// doubled per attempt and scaled by 0.75–1.25 (<paramref name="jitter"/> in [0, 1)); null when it would exceed the maximum.
    /// </summary>
    public static TimeSpan? RetryDelay(HttpResponseMessage response, int attempt, BotChannelOptions settings, DateTimeOffset now, double jitter)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(settings);
        var retryAfter = response.Headers.RetryAfter;
        TimeSpan delay;
        if (retryAfter?.Delta is { } delta)
        {
            delay = delta;
        }
        else if (retryAfter?.Date is { } date)
        {
            delay = date - now;
        }
        else
        {
            var backoff = settings.ConnectorRetryBaseDelay * Math.Pow(2, attempt) * (0.75 + (0.5 * jitter));
            delay = backoff < settings.ConnectorMaxRetryDelay ? backoff : settings.ConnectorMaxRetryDelay;
        }

        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        return delay <= settings.ConnectorMaxRetryDelay ? delay : null;
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var attemptTimeout = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
        try
        {
            return await base.SendAsync(request, linked.Token);
        }
        catch (OperationCanceledException exception) when (attemptTimeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The Connector did not answer {request.Method} {request.RequestUri?.AbsolutePath} within {timeout}; "
                + "not retried because it may have acted.", exception);
        }
    }
}
