namespace MigrationBot.Channel;

/// <summary>The protocol settings of the bot endpoint, section <c>Bot</c>.</summary>
public sealed class BotChannelOptions
{
    public const string SectionName = "Bot";

    /// <summary>Tenants whose activities are accepted; empty (default) accepts every tenant.</summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>OpenID metadata of channel tokens. Default: the public Bot Framework metadata.</summary>
    public Uri ChannelOpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>OpenID metadata of Entra ID tokens. Default: the common v2.0 metadata of the public cloud.</summary>
    public Uri EntraOpenIdMetadataUrl { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>The issuer of channel tokens. Default <c>https://api.botframework.com</c>.</summary>
    public string ChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>The Entra ID host outbound tokens come from; the authority is this host plus <c>botframework.com</c> or the tenant.</summary>
    public Uri ToChannelTokenAuthorityHost { get; set; } = new("https://login.microsoftonline.com");

    /// <summary>The scope of outbound tokens. Default <c>https://api.botframework.com/.default</c>.</summary>
    public string ToChannelTokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Service URL prefixes trusted with our token besides those seen in validated channel tokens. Default: the Teams Connector.</summary>
    public IList<string> TrustedServiceUrls { get; } = ["https://smba.trafficmanager.net/"];

    /// <summary>The largest inbound activity accepted, in bytes; larger bodies get 413. Default 256 KiB.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Inbound activities accepted per conversation per <see cref="InboundWindow"/>; more get 429. Default 20.</summary>
    public int InboundPermitsPerConversation { get; set; } = 20;

    /// <summary>The window of the inbound limit. Default 10 seconds.</summary>
    public TimeSpan InboundWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Outbound sends per conversation per second. Default 7 (Teams: 7 per second per bot per thread).</summary>
    public int ConversationSendsPerSecond { get; set; } = 7;

    /// <summary>Outbound sends per conversation per 30 seconds. Default 60 (Teams: 60 per 30 seconds per bot per thread).</summary>
    public int ConversationSendsPer30Seconds { get; set; } = 60;

    /// <summary>Outbound sends per conversation per hour. Default 1800 (Teams: 1800 per 3600 seconds per bot per thread).</summary>
    public int ConversationSendsPerHour { get; set; } = 1800;

    /// <summary>
    /// Outbound Connector calls per tenant per second. Default 30: the Teams rate-limit page gives 30 requests per second
    /// per app per tenant (older versions and Microsoft Q&amp;A answers say 50; the lower figure is kept).
    /// </summary>
    public int TenantRequestsPerSecond { get; set; } = 30;

    /// <summary>How long one Connector attempt may take before it is abandoned (and never retried). Default 30 seconds.</summary>
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after 429, 412, 502 or 504. Default 3.</summary>
    public int ConnectorMaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay, doubled each retry, with jitter. Default 1 second.</summary>
    public TimeSpan ConnectorRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait before a retry; a longer <c>Retry-After</c> ends the retries. Default 30 seconds.</summary>
    public TimeSpan ConnectorMaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Activities waiting for the turn worker; when full, new ones get 503. Default 1000.</summary>
    public int TurnQueueCapacity { get; set; } = 1000;

    /// <summary>Turns handled at the same time. Default 16.</summary>
    public int MaxConcurrentTurns { get; set; } = 16;

    /// <summary>How long shutdown waits for turns in flight before cancelling them. Default 10 seconds.</summary>
    public TimeSpan ShutdownDrainTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
