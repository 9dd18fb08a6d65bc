using System.Text.RegularExpressions;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// Tells a question about leaving Azure ("migrate from Azure to Google Cloud", "move workloads from Azure back on
/// premises"), or about moving to another cloud ("migrate our Heroku apps to AWS"), from one about arriving in Azure:
/// every guide the bot reads moves workloads to Azure, so none covers another way, however many of its words the
/// question shares. Going back to the source during a rollback ("roll back to AWS") is not a move elsewhere. The same
/// holds for upgrading something where it runs now ("upgrade SQL Server 2016 to 2022 in place on the same on-prem
/// server", "upgrade CDH 6 to CDP, staying on premises"): nothing moves.
/// </summary>
internal static partial class MigrationDirection
{
    /// <summary>True when the question asks how to move something out of Azure or into another cloud.</summary>
    public static bool AwayFromAzure(string question) =>
        question.Length <= 2000 && (OutOfAzure().IsMatch(question) || IntoAnotherCloud().IsMatch(question) || UpgradesInPlace(question));

    /// <summary>An upgrade that stays where it runs: "upgrade", a word for staying, a place that is not Azure, and no Azure.</summary>
    private static bool UpgradesInPlace(string question) =>
        Upgrade().IsMatch(question) && Staying().IsMatch(question) && CurrentPlace().IsMatch(question) && !Azure().IsMatch(question);

    [GeneratedRegex(@"\bupgrad\w*\b", RegexOptions.IgnoreCase)]
    private static partial Regex Upgrade();

    [GeneratedRegex(@"\bin[\s-]place\b|\bstay(?:ing|s)?\b|\bsame\s+(?:on[\s-]prem\w*\s+)?(?:server|box|host|machine|hardware)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Staying();

    [GeneratedRegex(@"\bon[\s-]prem\w*|\bpremises\b|\bown\s+(?:servers?|hardware|datacenters?|data\s+centers?)\b|\bsame\s+(?:on[\s-]prem\w*\s+)?(?:server|box|host|machine|hardware)s?\b|\bon\s+(?:google\s+cloud|gcp|aws|oci|oracle\s+cloud)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrentPlace();

    [GeneratedRegex(@"\bazure\b", RegexOptions.IgnoreCase)]
    private static partial Regex Azure();

    [GeneratedRegex(@"\b(?:migrat\w*|mov\w*|transfer\w*|switch\w*|repatriat\w*|exit\w*|leav\w*|get\s+off|go\s+back)\b(?:\s+[\w'-]+){0,4}?\s+(?:from|off|out\s+of)\s+(?:microsoft\s+)?azure\s+(?:back\s+)?(?:to|on|onto|into|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfAzure();

    [GeneratedRegex(@"\b(?:migrat\w*|mov\w*|port\w*|switch\w*|transfer\w*|shift\w*|lift\w*|rehost\w*|replatform\w*)\b(?:\s+[\w'./-]+){0,6}?\s+(?<!\bback\s)(?:to|onto|into)\s+(?:the\s+)?(?:aws|amazon\s+web\s+services|google\s+cloud|gcp|oracle\s+cloud|oci|heroku|ibm\s+cloud|alibaba\s+cloud|digitalocean)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IntoAnotherCloud();
}
