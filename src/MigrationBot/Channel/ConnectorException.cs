using System.Net;
using System.Text.Json;

namespace MigrationBot.Channel;

/// <summary>A Connector call that failed, with the HTTP status and the Connector's error code when it sent one.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(string message, HttpStatusCode? statusCode, string? errorCode)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>The Connector's status; null when the call never reached it.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>For example <c>ConversationBlockedByUser</c>, <c>BotNotInConversationRoster</c>, <c>Throttled</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>Reads the <c>{"error":{"code","message"}}</c> body of a failed response.</summary>
    public static async Task<ConnectorException> FromResponseAsync(string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        string? code = null;
        string? detail = null;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                detail = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            }
        }
        catch (JsonException)
        {
            // Not the Connector's error shape: the status alone describes the failure.
        }

        var message = $"Connector {operation} failed with {(int)response.StatusCode} {response.StatusCode}"
            + (code is null ? "." : $" ({code}: {detail}).");
        return new ConnectorException(message, response.StatusCode, code);
    }
}
