using System.Text.RegularExpressions;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// Tells a question about leaving Azure ("migrate from Azure to Google Cloud", "move workloads from Azure back on
/// premises") from one about arriving in it: every guide the bot reads moves workloads to Azure, so none covers the
/// way out, however many of its words the question shares.
/// </summary>
internal static partial class MigrationDirection
{
    /// <summary>True when the question asks how to move something out of Azure.</summary>
    public static bool LeavesAzure(string question) => question.Length <= 2000 && OutOfAzure().IsMatch(question);

    [GeneratedRegex(@"\b(?:migrat\w*|mov\w*|transfer\w*|switch\w*|repatriat\w*|exit\w*|leav\w*|get\s+off|go\s+back)\b(?:\s+[\w'-]+){0,4}?\s+(?:from|off|out\s+of)\s+(?:microsoft\s+)?azure\s+(?:back\s+)?(?:to|on|onto|into|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfAzure();
}
