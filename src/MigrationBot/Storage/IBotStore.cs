namespace MigrationBot.Storage;

/// <summary>
/// Everything the bot remembers between turns. Two implementations: <see cref="SqliteBotStore"/> (one machine) and
/// <see cref="TableBotStore"/> (several instances). Records past their retention period read as absent even before
/// the sweep deletes them. Every "now" comes from the store's <see cref="TimeProvider"/>.
/// </summary>
public interface IBotStore
{
    /// <summary>Creates or migrates the schema (SQLite) or the tables (Table Storage). Safe to call again.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Records that an activity was handled. Returns <see langword="true"/> only to the first caller for an id,
    /// so a re-delivered activity is answered once; after the retention period the id counts as new again.
    /// </summary>
    public Task<bool> TryMarkProcessedAsync(ConversationKey conversation, string activityId, CancellationToken cancellationToken);

    /// <summary>Replaces the last answer shown in a conversation.</summary>
    public Task SaveLastAnswerAsync(ConversationKey conversation, LastAnswer answer, CancellationToken cancellationToken);

    /// <summary>The last answer shown in a conversation, or <see langword="null"/> when none or expired.</summary>
    public Task<LastAnswer?> GetLastAnswerAsync(ConversationKey conversation, CancellationToken cancellationToken);

    /// <summary>Records (or refreshes) an installation of the bot.</summary>
    public Task<Installation> SaveInstallationAsync(StoredConversation conversation, string? name, CancellationToken cancellationToken);

    /// <summary>The installation recorded for a conversation, or <see langword="null"/>.</summary>
    public Task<Installation?> GetInstallationAsync(ConversationKey conversation, CancellationToken cancellationToken);

    /// <summary>All installations, or those of one team when <paramref name="teamId"/> is given, ordered by conversation id.</summary>
    public Task<IReadOnlyList<Installation>> ListInstallationsAsync(string? teamId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes everything stored under the conversation's scope: for a team, every channel's installation,
    /// last answer, checklist progress, feedback and processed ids; for a chat, the same for that chat.
    /// The installation record goes last, so an interrupted removal stays visible and can be repeated.
    /// </summary>
    public Task RemoveInstallationAsync(ConversationKey conversation, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically sets one item of a posted card done or undone and returns the card's full state after the change.
    /// Concurrent changes to the same card, from any number of callers or instances, are all kept.
    /// </summary>
    public Task<ChecklistProgress> SetChecklistItemAsync(ConversationKey conversation, string cardId, ChecklistChange change, CancellationToken cancellationToken);

    /// <summary>The progress of a posted card, or <see langword="null"/> when nothing was ticked or it expired.</summary>
    public Task<ChecklistProgress?> GetChecklistAsync(ConversationKey conversation, string cardId, CancellationToken cancellationToken);

    /// <summary>Records a helpful / not helpful vote on a section.</summary>
    public Task<FeedbackEntry> AddFeedbackAsync(ConversationKey conversation, string sectionId, string question, bool helpful, CancellationToken cancellationToken);

    /// <summary>All feedback still within its retention period, oldest first.</summary>
    public Task<IReadOnlyList<FeedbackEntry>> ListFeedbackAsync(CancellationToken cancellationToken);

    /// <summary>Deletes every record past its retention period.</summary>
    public Task<SweepResult> SweepAsync(CancellationToken cancellationToken);
}
