using System.Globalization;

namespace MigrationBot.Guide.Answering;

/// <summary>Finds a journey step by number or name: "2", "step 2", "prepare", "step prepare", "Step 3: Prepare".</summary>
internal static class StepFinder
{
    public static JourneyStep? Find(IReadOnlyList<JourneyStep> journey, string nameOrNumber)
    {
        var text = nameOrNumber.Trim().ToLowerInvariant();
        if (text.StartsWith("step", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        text = text.Trim(' ', ':', '.', '#', '-', '"', '\'', '?', '!');
        if (text.Length == 0)
        {
            return null;
        }

        var digits = new string(text.TakeWhile(char.IsDigit).ToArray());
        if (digits.Length > 0 && digits.Length <= 3)
        {
            var number = int.Parse(digits, CultureInfo.InvariantCulture);
            return journey.FirstOrDefault(step => step.Number == number);
        }

        return journey.FirstOrDefault(step => string.Equals(step.Name, text, StringComparison.OrdinalIgnoreCase))
            ?? journey.FirstOrDefault(step => step.Name.StartsWith(text, StringComparison.OrdinalIgnoreCase) && text.Length >= 3)
            ?? journey.FirstOrDefault(step => text.StartsWith(step.Name, StringComparison.OrdinalIgnoreCase));
    }
}
