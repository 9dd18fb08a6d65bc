using Microsoft.Extensions.Options;

namespace MigrationBot.Channel;

/// <summary>Checks the <c>Bot</c> section: HTTPS metadata outside Development, positive limits.</summary>
public sealed class BotChannelOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotChannelOptions>
{
    public ValidateOptionsResult Validate(string? name, BotChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var requireHttps = !environment.IsDevelopment();
        CheckUrl(errors, "Bot:ChannelOpenIdMetadataUrl", options.ChannelOpenIdMetadataUrl, requireHttps);
        CheckUrl(errors, "Bot:EntraOpenIdMetadataUrl", options.EntraOpenIdMetadataUrl, requireHttps);
        CheckUrl(errors, "Bot:ToChannelTokenAuthorityHost", options.ToChannelTokenAuthorityHost, requireHttps: true);
        foreach (var url in options.TrustedServiceUrls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme != Uri.UriSchemeHttps)
            {
                errors.Add($"Bot:TrustedServiceUrls entry '{url}' must be an absolute https URL.");
            }
        }

        if (string.IsNullOrWhiteSpace(options.ChannelTokenIssuer))
        {
            errors.Add("Bot:ChannelTokenIssuer must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.ToChannelTokenScope))
        {
            errors.Add("Bot:ToChannelTokenScope must not be empty.");
        }

        CheckPositive(errors, "Bot:MaxActivityBytes", options.MaxActivityBytes);
        CheckPositive(errors, "Bot:InboundPermitsPerConversation", options.InboundPermitsPerConversation);
        CheckPositive(errors, "Bot:ConversationSendsPerSecond", options.ConversationSendsPerSecond);
        CheckPositive(errors, "Bot:ConversationSendsPer30Seconds", options.ConversationSendsPer30Seconds);
        CheckPositive(errors, "Bot:ConversationSendsPerHour", options.ConversationSendsPerHour);
        CheckPositive(errors, "Bot:TenantRequestsPerSecond", options.TenantRequestsPerSecond);
        CheckPositive(errors, "Bot:TurnQueueCapacity", options.TurnQueueCapacity);
        CheckPositive(errors, "Bot:MaxConcurrentTurns", options.MaxConcurrentTurns);
        if (options.ConnectorMaxRetries < 0)
        {
            errors.Add($"Bot:ConnectorMaxRetries must not be negative (was {options.ConnectorMaxRetries}).");
        }

        CheckPositive(errors, "Bot:InboundWindow", options.InboundWindow);
        CheckPositive(errors, "Bot:ConnectorTimeout", options.ConnectorTimeout);
        CheckPositive(errors, "Bot:ConnectorRetryBaseDelay", options.ConnectorRetryBaseDelay);
        CheckPositive(errors, "Bot:ConnectorMaxRetryDelay", options.ConnectorMaxRetryDelay);
        CheckPositive(errors, "Bot:ShutdownDrainTimeout", options.ShutdownDrainTimeout);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckUrl(List<string> errors, string key, Uri? url, bool requireHttps)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            errors.Add($"{key} must be an absolute URL.");
        }
        else if (requireHttps && url.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add($"{key} must use https outside Development (was '{url}').");
        }
    }

    private static void CheckPositive(List<string> errors, string key, int value)
    {
        if (value <= 0)
        {
            errors.Add($"{key} must be greater than zero (was {value}).");
        }
    }

    private static void CheckPositive(List<string> errors, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{key} must be a positive duration (was {value}).");
        }
    }
}
