using MigrationBot.Guide.Embeddings;

namespace MigrationBot.Hosting;

/// <summary>Registers the guide: options, start-up loading and indexing, and its state.</summary>
public static class GuideHostingExtensions
{
    public static IServiceCollection AddMigrationGuide(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GuideOptions>().BindConfiguration(GuideOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<GuideState>();
        services.AddSingleton<Func<SemanticModel>>(_ => SemanticModel.Load);
        services.AddHostedService<GuideStartup>();
        return services;
    }
}
