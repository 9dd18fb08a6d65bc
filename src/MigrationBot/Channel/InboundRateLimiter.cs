using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MigrationBot.Channel;

/// <summary>
/// Protects turn logic from a flood in one conversation: at most <see cref="BotChannelOptions.InboundPermitsPerConversation"/>
/// activities per <see cref="BotChannelOptions.InboundWindow"/>; the rest are refused (429) without waiting.
/// </summary>
public sealed class InboundRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public InboundRateLimiter(IOptions<BotChannelOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(conversationId => RateLimitPartition.GetFixedWindowLimiter(
            conversationId,
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.InboundPermitsPerConversation,
                Window = settings.InboundWindow,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>True when the conversation may send another activity now.</summary>
    public bool TryAcquire(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        using var lease = _limiter.AttemptAcquire(conversationId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
