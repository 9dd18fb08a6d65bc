using System.Text.RegularExpressions;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// Tells a question about a person's own matters from one about an organization's migration: taking or preparing for
/// a certification exam ("how much does the AZ-104 exam cost", "which Google Cloud certification is best for
/// beginners"), or a personal account ("cancel my personal Microsoft 365 subscription", "a Power BI licence just for
/// myself"). No migration guide answers those, however many of its words the question shares. A question about the
/// certifications a service holds ("which compliance certifications does Azure have?") is about neither.
/// </summary>
internal static partial class PersonalMatters
{
    /// <summary>True when the question is about a certification exam or a personal account.</summary>
    public static bool Asked(string question) =>
        question.Length <= 2000
        && (Exam().IsMatch(question) || (Certification().IsMatch(question) && Preparing().IsMatch(question)) || PersonalAccount().IsMatch(question));

    [GeneratedRegex(@"\bexams?\b|\b(?:az|dp|ai|sc|pl|ms|md|mb)-\d{3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exam();

    [GeneratedRegex(@"\bcertif\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Certification();

    [GeneratedRegex(@"\b(?:study|studying|pass|passing|prep\w*|retake|beginners?|associate|professional|practitioner)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Preparing();

    [GeneratedRegex(@"\bmy\s+personal\b|\bfor\s+myself\b|\bpersonal\s+(?:gmail|e-?mail|outlook|onedrive|accounts?|subscriptions?|phones?|laptops?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalAccount();
}
