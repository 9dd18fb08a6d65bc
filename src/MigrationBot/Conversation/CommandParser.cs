using System.Text.RegularExpressions;

namespace MigrationBot.Conversation;

/// <summary>
/// Reads a message (the bot's mention already removed) as one of the commands, or as a question.
/// Commands are whole messages, case-insensitive, with optional leading slash and trailing punctuation:
/// <c>help</c>, <c>steps</c>, <c>journey</c>, <c>step 3</c>, <c>step prepare</c>, <c>next</c>, <c>more</c>.
/// </summary>
public static partial class CommandParser
{
    public static TurnCommand Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var word = trimmed.TrimStart('/').TrimEnd('.', '!', '?', ' ').ToLowerInvariant();
        switch (word)
        {
            case "help" or "?" or "hi" or "hello":
                return new TurnCommand(TurnCommandKind.Help, string.Empty);
            case "steps" or "journey" or "step":
                return new TurnCommand(TurnCommandKind.Steps, string.Empty);
            case "next" or "next step":
                return new TurnCommand(TurnCommandKind.Next, string.Empty);
            case "more" or "more answers":
                return new TurnCommand(TurnCommandKind.More, string.Empty);
        }

        var step = StepCommand().Match(word);
        return step.Success
            ? new TurnCommand(TurnCommandKind.Step, step.Groups["step"].Value.Trim())
            : new TurnCommand(TurnCommandKind.Question, trimmed);
    }

    /// <summary><c>step 3</c>, <c>step prepare</c>, <c>step cut over</c>: at most three words after "step".</summary>
    [GeneratedRegex(@"^step\s+(?<step>\d{1,2}|[a-z]+(?:[ -][a-z]+){0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex StepCommand();
}
