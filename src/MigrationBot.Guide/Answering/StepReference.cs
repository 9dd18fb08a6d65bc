using System.Text.RegularExpressions;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// Recognizes a question that points at a journey step rather than a topic: "step 2", "the first step",
/// "what happens in the prepare step", "last phase".
/// </summary>
internal static partial class StepReference
{
    private const int MinSharedStem = 5;

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

    /// <summary>The step the question points at, or null.</summary>
    /// <param name="bare">True when the question is nothing but the reference ("step 2"), so the step's introduction answers it.</param>
    public static JourneyStep? Find(IReadOnlyList<JourneyStep> journey, string question, out bool bare)
    {
        bare = false;
        if (journey.Count == 0 || question.Length > 300)
        {
            return null;
        }

        var whole = Bare().Match(question);
        if (whole.Success && StepFinder.Find(journey, whole.Groups["ref"].Value) is { } direct)
        {
            bare = true;
            return direct;
        }

        var ordinal = OrdinalStep().Match(question);
        if (ordinal.Success)
        {
            var word = ordinal.Groups["ord"].Value.ToLowerInvariant();
            var number = word is "last" or "final" ? journey.Count : Array.IndexOf(Ordinals, word) + 1;
            return journey.FirstOrDefault(step => step.Number == number);
        }

        var named = NamedStep().Match(question);
        if (named.Success)
        {
            var name = named.Groups["name"].Value;
            return journey.FirstOrDefault(step => string.Equals(step.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? journey.FirstOrDefault(step => SameWord(step.Name, name));
        }

        return null;
    }

    /// <summary>
    /// True when a word is another form of a step's one-word name ("assessment" of "Assess", "preparation" of
    /// "Prepare"): they share all of the name but its last letter, and at least <see cref="MinSharedStem"/> letters.
    /// </summary>
    private static bool SameWord(string stepName, string word)
    {
        var shared = 0;
        while (shared < stepName.Length && shared < word.Length && char.ToLowerInvariant(stepName[shared]) == char.ToLowerInvariant(word[shared]))
        {
            shared++;
        }

        return shared >= MinSharedStem && shared >= stepName.Length - 1 && !stepName.Contains(' ', StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*(?:(?:go|jump|take me)\s+to\s+|show\s+(?:me\s+)?|open\s+)?(?:the\s+)?(?<ref>step\s*\d{1,2}|step\s+[a-z]+|\d{1,2})\s*[?.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Bare();

    [GeneratedRegex(@"\b(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|last|final)\s+(?:step|phase|stage)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalStep();

    [GeneratedRegex(@"\b(?<name>[a-z]+)\s+(?:step|phase|stage)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedStep();
}
