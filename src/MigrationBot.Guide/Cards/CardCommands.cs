namespace MigrationBot.Guide.Cards;

/// <summary>The typed commands the welcome card lists; the conversation recognizes the same words.</summary>
public static class CardCommands
{
    /// <summary>Shows the welcome card.</summary>
    public const string Help = "help";

    /// <summary>Shows the journey card (<c>journey</c> works too).</summary>
    public const string Journey = "steps";

    /// <summary>Followed by a number (<c>step 2</c>): shows that step's card.</summary>
    public const string Step = "step";

    /// <summary>Shows the next step after the last answer.</summary>
    public const string Next = "next";

    /// <summary>Shows more answers to the last question.</summary>
    public const string More = "more";
}
