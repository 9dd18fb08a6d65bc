
namespace MigrationBot.Channel;

/// <summary>
/// <c>POST /api/messages</c>: read strictly, authenticate, rate-limit, then invokes are answered in the request and other
/// activities are queued for the <see cref="TurnWorker"/> with an immediate 200.
/// </summary>
public static partial class BotEndpoints
{
    /// <summary>The path Azure Bot Service posts activities to.</summary>
    public const string MessagesPath = "/api/messages";

    public static IEndpointConventionBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(MessagesPath, PostActivityAsync).DisableAntiforgery();
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext http,
        ActivityReader reader,
        BotTokenValidator validator,
        InboundRateLimiter rateLimiter,
        TurnQueue queue,
        BotTelemetry telemetry,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger(typeof(BotEndpoints).FullName!);
        var read = await reader.ReadAsync(http.Request, cancellationToken);
        if (read.Activity is not { } activity)
        {
            LogRefused(logger, read.Status, read.Problem);
            return TypedResults.Problem(read.Problem, statusCode: read.Status, title: "The activity was refused.");
        }

        using var scope = logger.BeginScope(
            "Activity {ActivityId} ({ActivityType}) in {ConversationId}", activity.Id, activity.Type, activity.Conversation?.Id);
        System.Diagnostics.Activity.Current?.SetTag("bot.activity.id", activity.Id);

        var outcome = await validator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), activity, cancellationToken);
        if (outcome.Caller is not { } caller)
        {
            telemetry.AuthenticationFailures.Add(1);
            LogUnauthorized(logger, activity.Id, outcome.FailureReason);
            return TypedResults.Unauthorized();
        }

        if (!rateLimiter.TryAcquire(activity.Conversation!.Id!))
        {
            telemetry.InboundThrottled.Add(1);
            LogThrottled(logger, activity.Id);
            return TypedResults.Problem("Too many activities in this conversation.", statusCode: StatusCodes.Status429TooManyRequests);
        }

        telemetry.ActivitiesReceived.Add(1, new System.Diagnostics.TagList { { "type", activity.Type } });
        var receivedAt = timeProvider.GetUtcNow();
        if (activity.Type == ActivityTypes.Invoke)
        {
            var handler = http.RequestServices.GetRequiredService<ITurnHandler>();
            var connector = http.RequestServices.GetRequiredService<ConnectorClient>();
            var response = await handler.HandleInvokeAsync(new TurnContext(activity, caller, connector, receivedAt), cancellationToken);
            return response.Body is { } body
                ? TypedResults.Json(body, BotJson.Options, statusCode: response.Status)
                : TypedResults.StatusCode(response.Status);
        }

        if (activity.Type == ActivityTypes.Typing)
        {
            return TypedResults.Ok();
        }

        if (!queue.TryEnqueue(new QueuedTurn(activity, caller, receivedAt)))
        {
            LogQueueFull(logger, activity.Id);
            return TypedResults.Problem("The bot is busy or shutting down; try again.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return TypedResults.Ok();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound activity refused with {Status}: {Problem}")]
    private static partial void LogRefused(ILogger logger, int status, string? problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity {ActivityId} refused with 401: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string? activityId, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity {ActivityId} refused with 429: conversation over its inbound limit.")]
    private static partial void LogThrottled(ILogger logger, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity {ActivityId} refused with 503: the turn queue is full or closed.")]
    private static partial void LogQueueFull(ILogger logger, string? activityId);
}
