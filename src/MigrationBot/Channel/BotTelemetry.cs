using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MigrationBot.Channel;

/// <summary>
/// The bot's traces and metrics, named <c>MigrationBot</c>: activities received, authentication failures, Connector
/// calls, failures, 429s and latency. Turn logic adds its own instruments to the same <see cref="Meter"/>.
/// </summary>
public sealed class BotTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "MigrationBot";

    /// <summary>The source of the bot's spans (turns, Connector calls).</summary>
    public static ActivitySource Source { get; } = new(Name);

    public BotTelemetry(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter = meterFactory.Create(Name);
        ActivitiesReceived = Meter.CreateCounter<long>("bot.activities.received", description: "Inbound activities accepted, by type.");
        AuthenticationFailures = Meter.CreateCounter<long>("bot.auth.failures", description: "Inbound requests refused with 401.");
        InboundThrottled = Meter.CreateCounter<long>("bot.inbound.throttled", description: "Inbound activities refused with 429.");
        ConnectorCalls = Meter.CreateCounter<long>("bot.connector.calls", description: "Connector calls, by operation.");
        ConnectorFailures = Meter.CreateCounter<long>("bot.connector.failures", description: "Connector calls that failed, by operation.");
        ConnectorThrottled = Meter.CreateCounter<long>("bot.connector.throttled", description: "429 responses from the Connector.");
        ConnectorLatency = Meter.CreateHistogram<double>("bot.connector.duration", unit: "s", description: "Connector call duration, retries included.");
        TurnFailures = Meter.CreateCounter<long>("bot.turn.failures", description: "Turns that ended with an unhandled exception.");
    }

    public Meter Meter { get; }

    public Counter<long> ActivitiesReceived { get; }

    public Counter<long> AuthenticationFailures { get; }

    public Counter<long> InboundThrottled { get; }

    public Counter<long> ConnectorCalls { get; }

    public Counter<long> ConnectorFailures { get; }

    public Counter<long> ConnectorThrottled { get; }

    public Histogram<double> ConnectorLatency { get; }

    public Counter<long> TurnFailures { get; }
}
