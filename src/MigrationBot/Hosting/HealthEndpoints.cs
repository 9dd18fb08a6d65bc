using Microsoft.AspNetCore.Http.HttpResults;

namespace MigrationBot.Hosting;

/// <summary><c>GET /healthz</c>: 200 with the guide's counts and hash once it is indexed, 503 before.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/healthz", GetHealth);
        return endpoints;
    }

    private static Results<Ok<HealthReport>, JsonHttpResult<HealthReport>> GetHealth(GuideState state, CancellationToken cancellationToken)
    {
        if (state.Engine is not { } engine)
        {
            return TypedResults.Json(new HealthReport("indexing", 0, 0, null, Name(state.SemanticStatus)), statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var guide = engine.Guide;
        return TypedResults.Ok(new HealthReport("ready", guide.Articles.Count, guide.SectionCount, guide.ContentHash, Name(state.SemanticStatus)));
    }

    private static string Name(SemanticStatus status) => status.ToString().ToLowerInvariant();
}
