using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MigrationBot.Channel;

/// <summary>Registers the Bot Framework protocol: options, inbound validation, the Connector client, the turn worker.</summary>
public static class BotChannelServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bot channel. Turn logic registers its <see cref="ITurnHandler"/> (after this call, or in place of the
    /// default, which ignores activities and answers invokes with 501).
    /// </summary>
    public static IServiceCollection AddBotChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>();
        services.AddOptions<BotChannelOptions>().Bind(configuration.GetSection(BotChannelOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotChannelOptions>, BotChannelOptionsValidator>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<BotTelemetry>();

        services.AddHttpClient(OpenIdMetadataSource.HttpClientName);
        services.AddSingleton<OpenIdMetadataSource>();
        services.AddSingleton<ServiceUrlTrust>();
        services.AddSingleton<BotTokenValidator>();
        services.AddSingleton<ActivityReader>();
        services.AddSingleton<InboundRateLimiter>();

        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);
        services.AddSingleton<MsalHttpClientFactory>();
        services.AddSingleton<BotTokenProvider>();
        services.AddSingleton<ConnectorPacer>();
        services.AddTransient<ConnectorRetryHandler>();
        services.AddHttpClient<ConnectorClient>(ConnectorClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<ConnectorRetryHandler>();

        services.AddSingleton<TurnQueue>();
        services.AddHostedService<TurnWorker>();
        services.AddHostedService<BotAuthenticationStartupCheck>();
        services.TryAddScoped<ITurnHandler, UnhandledTurnHandler>();
        return services;
    }

    /// <summary>OpenTelemetry traces and metrics of the bot (source and meter <see cref="BotTelemetry.Name"/>), ASP.NET Core and HttpClient.</summary>
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(BotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(BotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        return services;
    }
}
