using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Channels = System.Threading.Channels;

namespace MigrationBot.Channel;

/// <summary>The bounded line of accepted activities between the endpoint and the <see cref="TurnWorker"/>.</summary>
public sealed class TurnQueue(IOptions<BotChannelOptions> options)
{
    private readonly Channel<QueuedTurn> _turns = Channels.Channel.CreateBounded<QueuedTurn>(
        new BoundedChannelOptions(options.Value.TurnQueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    /// <summary>Queues a turn; false when the queue is full or closed for shutdown.</summary>
    public bool TryEnqueue(QueuedTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return _turns.Writer.TryWrite(turn);
    }

    /// <summary>Stops accepting turns; the reader ends once the queued ones are taken.</summary>
    public void Complete() => _turns.Writer.TryComplete();

    public ChannelReader<QueuedTurn> Reader => _turns.Reader;
}
