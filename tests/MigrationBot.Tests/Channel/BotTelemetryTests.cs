using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using MigrationBot.Channel;
using MigrationBot.Tests.Support;

namespace MigrationBot.Tests.Channel;

public sealed class BotTelemetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ActivitiesAuthFailuresConnectorCallsAndThrottlingAreCounted()
    {
        await using var app = new BotAppFactory();
        app.Connector.Respond = (n, _) => Task.FromResult(n == 1
            ? new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests)
            : RecordingConnectorHandler.Created("reply-1"));
        var meter = app.Services.GetRequiredService<BotTelemetry>().Meter;
        var measurements = new ConcurrentDictionary<string, double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter, meter))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => measurements.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
        listener.SetMeasurementEventCallback<double>((instrument, _, _, _) => measurements.AddOrUpdate(instrument.Name, 1, (_, count) => count + 1));
        listener.Start();

        await app.PostActivityAsync(TestActivities.Message(), null, Ct);
        await app.PostActivityAsync(TestActivities.Message(), BotAppFactory.Bearer(TestTokens.Channel().Create()), Ct);
        await app.Turns.NextCompletedAsync(Ct);

        Assert.Equal(1, measurements.GetValueOrDefault("bot.auth.failures"));
        Assert.Equal(1, measurements.GetValueOrDefault("bot.activities.received"));
        Assert.Equal(1, measurements.GetValueOrDefault("bot.connector.calls"));
        Assert.Equal(1, measurements.GetValueOrDefault("bot.connector.throttled"));
        Assert.Equal(1, measurements.GetValueOrDefault("bot.connector.duration"));
        Assert.Equal(0, measurements.GetValueOrDefault("bot.connector.failures"));
    }
}
