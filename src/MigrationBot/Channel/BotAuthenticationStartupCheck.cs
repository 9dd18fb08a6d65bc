using Microsoft.Extensions.Options;

namespace MigrationBot.Channel;

/// <summary>Warns at start when the bot runs without an app id, so unauthenticated requests are accepted.</summary>
public sealed partial class BotAuthenticationStartupCheck(
    IOptions<BotAuthenticationOptions> options,
    ILogger<BotAuthenticationStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.HasAppId)
        {
            LogAnonymous();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "MicrosoftAppId is not set: requests without an Authorization header are "
        + "accepted and replies go only to loopback service URLs, without a token. Use this only for local testing.")]
    private partial void LogAnonymous();
}
