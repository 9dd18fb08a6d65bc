namespace MigrationBot.Conversation;

/// <summary>A message read as a command.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Argument">The question for <see cref="TurnCommandKind.Question"/>, the step for <see cref="TurnCommandKind.Step"/>, else empty.</param>
public sealed record TurnCommand(TurnCommandKind Kind, string Argument);
