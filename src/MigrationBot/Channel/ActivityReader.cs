using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MigrationBot.Channel;

/// <summary>
/// Reads an inbound body strictly: JSON only (415), at most <see cref="BotChannelOptions.MaxActivityBytes"/> (413), a valid
/// activity with <c>type</c>, an absolute http(s) <c>serviceUrl</c> and <c>conversation.id</c> (400).
/// </summary>
public sealed class ActivityReader(IOptions<BotChannelOptions> options)
{
    public async Task<ActivityReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = options.Value.MaxActivityBytes;
        if (!request.HasJsonContentType())
        {
            return ActivityReadResult.Refused(StatusCodes.Status415UnsupportedMediaType, "The body must be application/json.");
        }

        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        var body = await ReadLimitedAsync(request.Body, limit, cancellationToken);
        if (body is null)
        {
            return TooLarge(limit);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException exception)
        {
            return Malformed($"The body is not a valid activity: {exception.Message}");
        }

        if (activity is null)
        {
            return Malformed("The body is not a valid activity: it is null.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return Malformed("The activity has no type.");
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return Malformed("The activity has no serviceUrl, or it is not an absolute http(s) URL.");
        }

        return string.IsNullOrWhiteSpace(activity.Conversation?.Id)
            ? Malformed("The activity has no conversation.id.")
            : new ActivityReadResult(activity, StatusCodes.Status200OK, null);
    }

    private static ActivityReadResult TooLarge(int limit) =>
        ActivityReadResult.Refused(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {limit} bytes.");

    private static ActivityReadResult Malformed(string problem) =>
        ActivityReadResult.Refused(StatusCodes.Status400BadRequest, problem);

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
