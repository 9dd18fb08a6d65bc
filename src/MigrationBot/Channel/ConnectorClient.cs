using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MigrationBot.Channel;

/// <summary>
/// The Bot Connector v3 REST API the bot uses: reply, send, update, create a conversation, list a team's channels, get a
/// member. The token goes only to trusted service URLs (<see cref="ServiceUrlTrust"/>); without an app id (Development)
/// calls go only to loopback service URLs and carry no token. Calls are paced by <see cref="ConnectorPacer"/>.
/// </summary>
public sealed class ConnectorClient(
    HttpClient httpClient,
    BotTokenProvider tokens,
    ServiceUrlTrust serviceUrlTrust,
    ConnectorPacer pacer,
    IOptions<BotAuthenticationOptions> authOptions,
    BotTelemetry telemetry,
    TimeProvider timeProvider)
{
    /// <summary>The named HTTP client of Connector calls.</summary>
    public const string HttpClientName = "MigrationBot.Connector";

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    /// <summary><c>POST v3/conversations/{id}/activities/{replyToId}</c>: a reply in the thread of <paramref name="replyToId"/>.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(ConversationReference conversation, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = ConversationId(conversation);
        ArgumentException.ThrowIfNullOrEmpty(replyToId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync<ResourceResponse>(
            "reply", HttpMethod.Post, conversation.ServiceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}",
            conversation.ApplyTo(activity, replyToId), conversation.Conversation?.TenantId, conversationId, cancellationToken);
    }

    /// <summary><c>POST v3/conversations/{id}/activities</c>: a new message in the conversation.</summary>
    public Task<ResourceResponse> SendToConversationAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = ConversationId(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync<ResourceResponse>(
            "send", HttpMethod.Post, conversation.ServiceUrl, $"v3/conversations/{Escape(conversationId)}/activities",
            conversation.ApplyTo(activity), conversation.Conversation?.TenantId, conversationId, cancellationToken);
    }

    /// <summary><c>PUT v3/conversations/{id}/activities/{activityId}</c>: replaces a message the bot sent.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(ConversationReference conversation, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = ConversationId(conversation);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync<ResourceResponse>(
            "update", HttpMethod.Put, conversation.ServiceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            conversation.ApplyTo(activity) with { Id = activityId }, conversation.Conversation?.TenantId, conversationId, cancellationToken);
    }

    /// <summary><c>POST v3/conversations</c>: a 1:1 chat with a user or a new thread in a Teams channel.</summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        ArgumentNullException.ThrowIfNull(parameters);
        return SendAsync<ConversationResourceResponse>(
            "createConversation", HttpMethod.Post, serviceUrl, "v3/conversations", parameters, parameters.TenantId, null, cancellationToken);
    }

    /// <summary><c>GET v3/teams/{teamId}/conversations</c>: the channels of a team.</summary>
    public async Task<IReadOnlyList<ChannelInfo>> GetTeamChannelsAsync(string serviceUrl, string teamId, string? tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        ArgumentException.ThrowIfNullOrEmpty(teamId);
        var list = await SendAsync<ChannelList>(
            "getTeamChannels", HttpMethod.Get, serviceUrl, $"v3/teams/{Escape(teamId)}/conversations", null, tenantId, null, cancellationToken);
        return list.Conversations ?? [];
    }

    /// <summary><c>GET v3/conversations/{id}/members/{memberId}</c>: one member of the conversation.</summary>
    public Task<TeamsChannelAccount> GetConversationMemberAsync(ConversationReference conversation, string memberId, CancellationToken cancellationToken)
    {
        var conversationId = ConversationId(conversation);
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        return SendAsync<TeamsChannelAccount>(
            "getMember", HttpMethod.Get, conversation.ServiceUrl,
            $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}", null, conversation.Conversation?.TenantId, null, cancellationToken);
    }

    private async Task<T> SendAsync<T>(
        string operation, HttpMethod method, string? serviceUrl, string path, object? body, string? tenantId, string? pacedConversationId,
        CancellationToken cancellationToken)
        where T : class
    {
        var baseUri = TrustedBase(operation, serviceUrl);
        var token = await tokens.GetTokenAsync(cancellationToken);
        await pacer.WaitAsync(tenantId, pacedConversationId, cancellationToken);

        using var span = BotTelemetry.Source.StartActivity($"connector {operation}", ActivityKind.Client);
        var tags = new TagList { { "operation", operation } };
        telemetry.ConnectorCalls.Add(1, tags);
        var started = timeProvider.GetTimestamp();
        using var request = new HttpRequestMessage(method, new Uri(baseUri, path));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), BotJson.Options));
            request.Content.Headers.ContentType = JsonMediaType;
        }

        try
        {
            using var response = await httpClient.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw await ConnectorException.FromResponseAsync(operation, response, cancellationToken);
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return bytes.Length == 0
                ? JsonSerializer.Deserialize<T>("{}", BotJson.Options)!
                : JsonSerializer.Deserialize<T>(bytes, BotJson.Options) ?? JsonSerializer.Deserialize<T>("{}", BotJson.Options)!;
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException or TimeoutException or JsonException)
        {
            telemetry.ConnectorFailures.Add(1, tags);
            span?.SetStatus(ActivityStatusCode.Error, exception.Message);
            if (exception is HttpRequestException or JsonException)
            {
                throw new ConnectorException($"Connector {operation} failed: {exception.Message}", exception);
            }

            throw;
        }
        finally
        {
            telemetry.ConnectorLatency.Record(timeProvider.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    private Uri TrustedBase(string operation, string? serviceUrl)
    {
        if (!authOptions.Value.HasAppId)
        {
            return ServiceUrlTrust.IsLoopback(serviceUrl) && ServiceUrlTrust.TryNormalize(serviceUrl, out var local, allowHttp: true)
                ? local
                : throw new ConnectorException($"Connector {operation} refused: without MicrosoftAppId only loopback service URLs are called, not '{serviceUrl}'.");
        }

        return serviceUrlTrust.IsTrusted(serviceUrl) && ServiceUrlTrust.TryNormalize(serviceUrl, out var trusted)
            ? trusted
            : throw new ConnectorException($"Connector {operation} refused: service URL '{serviceUrl}' is not trusted with the bot's token.");
    }

    private static string ConversationId(ConversationReference conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.Conversation?.Id is { Length: > 0 } id
            ? id
            : throw new ArgumentException("The conversation reference has no conversation id.", nameof(conversation));
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private sealed record ChannelList(IReadOnlyList<ChannelInfo>? Conversations);
}
