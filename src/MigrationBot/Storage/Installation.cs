namespace MigrationBot.Storage;

/// <summary>A place where the bot is installed: a personal chat, a group chat, or a team or one of its channels.</summary>
/// <param name="Conversation">The reference used to write there.</param>
/// <param name="Name">The team's or channel's name when Teams gave one, to offer it as a place to share into.</param>
/// <param name="SavedAt">When the bot last recorded this installation.</param>
public sealed record Installation(StoredConversation Conversation, string? Name, DateTimeOffset SavedAt);
