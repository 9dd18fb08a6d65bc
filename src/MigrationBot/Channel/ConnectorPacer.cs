using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MigrationBot.Channel;

/// <summary>
/// Paces outbound Connector calls below Teams' limits: sends per conversation (7 per second, 60 per 30 seconds and 1800
/// per hour for one bot in one thread) and all calls per tenant (30 per second for one app in one tenant). Calls over the
/// limit wait in line; the defaults are in <see cref="BotChannelOptions"/>.
/// </summary>
public sealed class ConnectorPacer : IDisposable
{
    private const int QueueLimit = 10_000;
    private readonly PartitionedRateLimiter<string> _conversations;
    private readonly PartitionedRateLimiter<string> _tenants;

    public ConnectorPacer(IOptions<BotChannelOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _conversations = PartitionedRateLimiter.CreateChained(
            SlidingWindow(settings.ConversationSendsPerSecond, TimeSpan.FromSeconds(1)),
            SlidingWindow(settings.ConversationSendsPer30Seconds, TimeSpan.FromSeconds(30)),
            SlidingWindow(settings.ConversationSendsPerHour, TimeSpan.FromHours(1)));
        _tenants = SlidingWindow(settings.TenantRequestsPerSecond, TimeSpan.FromSeconds(1));
    }

    /// <summary>Waits until a call may go: always against the tenant's budget, and against the conversation's for sends.</summary>
    public async Task WaitAsync(string? tenantId, string? sendingToConversationId, CancellationToken cancellationToken)
    {
        if (sendingToConversationId is not null)
        {
            using var conversationLease = await _conversations.AcquireAsync(sendingToConversationId, 1, cancellationToken);
            EnsureAcquired(conversationLease, "conversation");
        }

        using var tenantLease = await _tenants.AcquireAsync(tenantId ?? string.Empty, 1, cancellationToken);
        EnsureAcquired(tenantLease, "tenant");
    }

    public void Dispose()
    {
        _conversations.Dispose();
        _tenants.Dispose();
    }

    private static void EnsureAcquired(RateLimitLease lease, string scope)
    {
        if (!lease.IsAcquired)
        {
            throw new ConnectorException($"Too many Connector calls are waiting for the {scope} limit; this one was dropped.");
        }
    }

    private static PartitionedRateLimiter<string> SlidingWindow(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            SegmentsPerWindow = 4,
            QueueLimit = QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));
}
