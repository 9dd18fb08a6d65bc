using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MigrationBot.Storage;

/// <summary>Registers the bot's state store.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IBotStore"/> (SQLite or Table Storage, from the <c>Storage</c> section), validates its settings
    /// at start, and runs the retention sweep in the background.
    /// </summary>
    public static IServiceCollection AddBotStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => StorageEnvironment.Detect(sp.GetService<IHostEnvironment>()));
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton<IBotStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var environment = sp.GetRequiredService<StorageEnvironment>();
            var time = sp.GetRequiredService<TimeProvider>();
            return options.ResolveProvider(environment.RunningInAppService) switch
            {
                StorageProvider.TableStorage => new TableBotStore(options, time),
                _ => new SqliteBotStore(options.ResolveSqlitePath(environment.ContentRoot), options, time),
            };
        });
        services.AddHostedService<RetentionSweepService>();
        return services;
    }
}
