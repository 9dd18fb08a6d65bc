using System.Text.RegularExpressions;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// Tells a question about a certification exam ("how much does the AZ-104 exam cost", "study plan for the DP-203",
/// "which Google Cloud certification is best for beginners") from one about a migration: preparing for an exam is a
/// person's training, which no migration guide answers, however many of its words the question shares. A question about
/// the certifications a service holds ("which compliance certifications does Azure have?") is not about an exam.
/// </summary>
internal static partial class CertificationExams
{
    /// <summary>True when the question asks about taking or preparing for a certification exam.</summary>
    public static bool Asked(string question) =>
        question.Length <= 2000 && (Exam().IsMatch(question) || (Certification().IsMatch(question) && Preparing().IsMatch(question)));

    [GeneratedRegex(@"\bexams?\b|\b(?:az|dp|ai|sc|pl|ms|md|mb)-\d{3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exam();

    [GeneratedRegex(@"\bcertif\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Certification();

    [GeneratedRegex(@"\b(?:study|studying|pass|passing|prep\w*|retake|beginners?|associate|professional|practitioner)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Preparing();
}
