using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MigrationBot.Channel;
using BotActivity = MigrationBot.Channel.Activity;

namespace MigrationBot.Tests.Support;

/// <summary>
/// The bot host with everything outside our walls faked at the HTTP edge: Bot Framework and Entra ID metadata and keys,
/// the Entra ID token endpoint MSAL calls, and the Bot Connector. Settings are in-memory configuration.
/// </summary>
internal sealed class BotAppFactory : WebApplicationFactory<Program>
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string ServiceUrl = "https://smba.test/amer/";

    public BotAppFactory(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }
    }

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "test-secret",
        ["MicrosoftAppTenantId"] = "",
        ["Bot:ChannelOpenIdMetadataUrl"] = OpenIdMetadataStubHandler.ChannelMetadataUrl,
        ["Bot:EntraOpenIdMetadataUrl"] = OpenIdMetadataStubHandler.EntraMetadataUrl,
        ["Bot:MaxConcurrentTurns"] = "1",
        ["Bot:ConnectorRetryBaseDelay"] = "00:00:00.010",
        // The semantic leg takes seconds to load and embed the guide; the tests that need it switch it on.
        ["Guide:Semantic"] = "false",
        ["Storage:Provider"] = "Sqlite",
        ["Storage:SqlitePath"] = Path.Combine(Path.GetTempPath(), "migrationbot-test-" + Guid.NewGuid().ToString("N"), "bot.db"),
    };

    /// <summary>The host environment; Development unless a test says otherwise.</summary>
    public string EnvironmentName { get; init; } = "Development";

    /// <summary>False keeps the host's own default turn handler instead of <see cref="Turns"/>.</summary>
    public bool UseRecordingTurnHandler { get; init; } = true;

    /// <summary>False sends Connector calls to the real network (a local Connector such as the Agents Playground).</summary>
    public bool UseRecordingConnector { get; init; } = true;

    public OpenIdMetadataStubHandler Metadata { get; } = new();

    public FakeTokenEndpointHandler TokenEndpoint { get; } = new();

    public RecordingConnectorHandler Connector { get; } = new();

    public RecordingTurnHandler Turns { get; } = new();

    /// <summary>POSTs an activity to <c>/api/messages</c> with the given <c>Authorization</c> header value (none when null).</summary>
    public Task<HttpResponseMessage> PostActivityAsync(BotActivity activity, string? authorization, CancellationToken cancellationToken) =>
        PostRawAsync(TestActivities.Json(activity), authorization, cancellationToken);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BotEndpoints.MessagesPath)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await CreateClient().SendAsync(request, cancellationToken);
    }

    public static string Bearer(string token) => new AuthenticationHeaderValue("Bearer", token).ToString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(Settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(OpenIdMetadataSource.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Metadata);
            services.AddHttpClient(MsalHttpClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => TokenEndpoint);
            if (UseRecordingConnector)
            {
                services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Connector);
            }

            if (UseRecordingTurnHandler)
            {
                services.AddSingleton<ITurnHandler>(Turns);
            }
        });
    }
}
