namespace MigrationBot.Conversation;

/// <summary>What a message asks the bot to do.</summary>
public enum TurnCommandKind
{
    /// <summary>Anything that is not a command: answer it from the guide.</summary>
    Question,

    /// <summary><c>help</c>: the welcome card.</summary>
    Help,

    /// <summary><c>steps</c> (or <c>journey</c>): the journey card.</summary>
    Steps,

    /// <summary><c>step 3</c>, <c>step prepare</c>: one step's card.</summary>
    Step,

    /// <summary><c>next</c>: the next step after the last answer.</summary>
    Next,

    /// <summary><c>more</c>: more answers to the last question.</summary>
    More,
}
