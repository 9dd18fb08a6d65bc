using Microsoft.Extensions.Hosting.Internal;
using MigrationBot.Channel;

namespace MigrationBot.Tests.Channel;

public sealed class BotChannelOptionsValidatorTests
{
    private static string? Validate(string environment, BotChannelOptions options)
    {
        var result = new BotChannelOptionsValidator(new HostingEnvironment { EnvironmentName = environment }).Validate(null, options);
        return result.Failed ? result.FailureMessage : null;
    }

    [Fact]
    public void DefaultsAreValidInProduction() => Assert.Null(Validate("Production", new BotChannelOptions()));

    [Fact]
    public void HttpMetadataIsRefusedOutsideDevelopment()
    {
        var options = new BotChannelOptions { ChannelOpenIdMetadataUrl = new Uri("http://localhost:5000/metadata") };

        Assert.Contains("Bot:ChannelOpenIdMetadataUrl must use https outside Development", Validate("Production", options), StringComparison.Ordinal);
        Assert.Null(Validate("Development", options));
    }

    [Fact]
    public void NonPositiveLimitsAndHttpTrustedUrlsAreRefused()
    {
        var options = new BotChannelOptions { MaxActivityBytes = 0, ConnectorTimeout = TimeSpan.Zero, ConnectorMaxRetries = -1 };
        options.TrustedServiceUrls.Add("http://smba.example/");

        var message = Validate("Development", options);

        Assert.Contains("Bot:MaxActivityBytes must be greater than zero", message, StringComparison.Ordinal);
        Assert.Contains("Bot:ConnectorTimeout must be a positive duration", message, StringComparison.Ordinal);
        Assert.Contains("Bot:ConnectorMaxRetries must not be negative", message, StringComparison.Ordinal);
        Assert.Contains("Bot:TrustedServiceUrls entry 'http://smba.example/' must be an absolute https URL", message, StringComparison.Ordinal);
    }
}
