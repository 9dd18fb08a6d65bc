using System.Net;
using MigrationBot.Tests.Support;

namespace MigrationBot.Tests.Channel;

/// <summary>Turns run behind the 200: a slow Connector never holds the inbound POST, and shutdown lets replies finish.</summary>
public sealed class TurnWorkerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Token => BotAppFactory.Bearer(TestTokens.Channel().Create());

    [Fact]
    public async Task ConnectorStallingFor20SecondsDoesNotHoldTheInboundPostAndTheReplyIsPostedOnce()
    {
        await using var app = new BotAppFactory();
        var stallStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stallEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Connector.Respond = async (_, ct) =>
        {
            stallStarted.TrySetResult();
            await Task.WhenAny(stallEnded.Task, Task.Delay(TimeSpan.FromSeconds(20), ct));
            stallEnded.TrySetResult();
            return RecordingConnectorHandler.Created("reply-1");
        };

        var response = await app.PostActivityAsync(TestActivities.Message("slow"), Token, Ct).WaitAsync(TimeSpan.FromSeconds(15), Ct);
        var answeredBeforeTheStallEnded = !stallEnded.Task.IsCompleted;
        await stallStarted.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        stallEnded.TrySetResult(); // the test ends the 20-second stall early rather than waiting it out
        await app.Turns.NextCompletedAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(answeredBeforeTheStallEnded);
        Assert.Single(app.Connector.Requests);
        Assert.Empty(app.Turns.ReplyFailures);
    }

    [Fact]
    public async Task ShutdownWaitsForTheReplyInFlight()
    {
        var app = new BotAppFactory();
        var stallStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Connector.Respond = async (_, _) =>
        {
            stallStarted.TrySetResult();
            await release.Task;
            return RecordingConnectorHandler.Created("reply-1");
        };
        await app.PostActivityAsync(TestActivities.Message("bye"), Token, Ct);
        await stallStarted.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);

        var stopping = app.DisposeAsync().AsTask();
        _ = Task.Delay(TimeSpan.FromMilliseconds(300), Ct).ContinueWith(_ => release.TrySetResult(), TaskScheduler.Default);
        await stopping.WaitAsync(TimeSpan.FromSeconds(15), Ct);

        Assert.Equal(1, app.Turns.FinishedCount);
        Assert.Empty(app.Turns.ReplyFailures);
        Assert.Single(app.Connector.Requests);
    }

    [Fact]
    public async Task ShutdownCancelsTurnsStillRunningAfterTheDrainTimeout()
    {
        var app = new BotAppFactory(new Dictionary<string, string?> { ["Bot:ShutdownDrainTimeout"] = "00:00:00.200" });
        var stallStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Connector.Respond = async (_, ct) =>
        {
            stallStarted.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return RecordingConnectorHandler.Created("never");
        };
        await app.PostActivityAsync(TestActivities.Message("stuck"), Token, Ct);
        await stallStarted.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);

        await app.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15), Ct);
        var completed = await app.Turns.NextCompletedAsync(Ct);

        Assert.Equal("msg-1", completed.Id);
        Assert.Single(app.Connector.Requests);
    }
}
