using System.Text.Json;

namespace MigrationBot.Channel;

/// <summary>
/// The synchronous answer to an <c>invoke</c>: it becomes the HTTP status and JSON body of the inbound POST itself.
/// </summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null)
{
    /// <summary>The answer to an invoke nobody handles: 501, as the Bot Framework SDK does.</summary>
    public static InvokeResponse NotImplemented { get; } = new(StatusCodes.Status501NotImplemented);

    /// <summary>200 with <paramref name="body"/> serialized in the wire format.</summary>
    public static InvokeResponse Ok<T>(T body) =>
        new(StatusCodes.Status200OK, JsonSerializer.SerializeToElement(body, BotJson.Options));
}
