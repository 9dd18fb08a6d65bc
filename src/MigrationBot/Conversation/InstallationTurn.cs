using MigrationBot.Channel;
using MigrationBot.Guide.Cards;
using MigrationBot.Hosting;
using MigrationBot.Storage;

namespace MigrationBot.Conversation;

/// <summary>
/// The bot being added to or removed from a personal chat, group chat or team. Teams sends both a
/// <c>conversationUpdate</c> and an <c>installationUpdate</c> for one install: the installation is recorded by both,
/// the welcome card is posted once. A removal deletes everything stored about that chat or team.
/// </summary>
public sealed partial class InstallationTurn(GuideState guide, IBotStore store, ILogger<InstallationTurn> logger)
{
    /// <summary>The marker that makes the welcome once per installation (it is deleted with the installation).</summary>
    private const string WelcomeMarker = "welcome";

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var botId = activity.Recipient?.Id;
        var added = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action is "add" or "add-upgrade"
            : activity.MembersAdded?.Any(m => IsBot(m, botId)) == true;
        var removed = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action is "remove" or "remove-upgrade"
            : activity.MembersRemoved?.Any(m => IsBot(m, botId)) == true;

        if (removed)
        {
            await store.RemoveInstallationAsync(ConversationScope.KeyOf(activity), cancellationToken);
            LogRemoved(logger, turn.ConversationId);
        }
        else if (added)
        {
            await InstallAsync(turn, cancellationToken);
        }
    }

    private async Task InstallAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var conversation = ConversationScope.Describe(activity);
        var name = TeamsChannelData.From(activity).Team?.Name ?? activity.Conversation?.Name;
        await store.SaveInstallationAsync(conversation, name, cancellationToken);
        if (!await store.TryMarkProcessedAsync(conversation.Key, WelcomeMarker, cancellationToken))
        {
            return;
        }

        LogInstalled(logger, conversation.Kind, turn.ConversationId);
        if (guide.Guide is { } loaded)
        {
            var welcome = WelcomeCard.Build(loaded, CardText.CultureFor(activity.Locale));
            await turn.Connector.SendToConversationAsync(turn.Reference, ReplyFactory.FromCard(welcome), cancellationToken);
        }
    }

    private static bool IsBot(ChannelAccount member, string? botId) =>
        botId is not null && string.Equals(member.Id, botId, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Installed in a {Kind} conversation {ConversationId}")]
    private static partial void LogInstalled(ILogger logger, ConversationKind kind, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed from conversation {ConversationId}; its records are deleted")]
    private static partial void LogRemoved(ILogger logger, string conversationId);
}
