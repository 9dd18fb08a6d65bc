using MigrationBot.Channel;

namespace MigrationBot.Conversation;

/// <summary>Registers the turn logic as the bot's <see cref="ITurnHandler"/>.</summary>
public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddGuideConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<ConversationTelemetry>();
        services.AddSingleton<MessageTurn>();
        services.AddSingleton<InstallationTurn>();
        services.AddSingleton<ITurnHandler, GuideTurnHandler>();
        return services;
    }
}
