using System.Text.RegularExpressions;

namespace MigrationBot.Guide.Parsing;

/// <summary>
/// Reads titles and file names for the journey: does one lead with a step word ("Plan your migration"), or name a
/// service area ("Migrate storage from AWS to Azure", "Storage")?
/// </summary>
internal static partial class JourneyWords
{
    private static readonly HashSet<string> StepWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "assess", "assessing", "assessment", "plan", "planning", "design", "designing", "prepare", "preparing",
        "preparation", "migrate", "migrating", "execute", "executing", "execution", "cutover", "evaluate",
        "evaluating", "evaluation", "optimize", "optimizing", "optimization", "optimise", "optimising",
        "operate", "operating", "decommission", "decommissioning",
    };

    // Words that may join step words in a stage name: "Assess and plan", "Cut over".
    private static readonly HashSet<string> NameJoiners = new(StringComparer.OrdinalIgnoreCase) { "and", "cut", "over" };

    // Words before the subject of a title: "Migrate your AWS storage" is about storage.
    private static readonly HashSet<string> Lead = new(StringComparer.OrdinalIgnoreCase)
    {
        "migrate", "migrating", "move", "moving", "your", "the", "a", "an", "our", "aws", "amazon", "azure",
        "microsoft", "web", "services", "step",
    };

    // Words that end the subject: "Storage from AWS to Azure" is about storage.
    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "to", "on", "in", "with", "for", "into", "using", "across", "at",
    };

    // Area words in the order they are tried; the value is the display name when the title's own words are too long.
    private static readonly (string Words, string Display, bool Anywhere)[] Areas =
    [
        ("content delivery", "Content delivery", true), ("infrastructure as code", "Infrastructure as code", true),
        ("machine learning", "Machine learning", true), ("disaster recovery", "Disaster recovery", true),
        ("virtual machines", "Compute", true), ("compute", "Compute", true), ("containers", "Containers", true),
        ("container", "Containers", true), ("kubernetes", "Containers", true), ("serverless", "Serverless", true),
        ("integration", "Integration", false), ("messaging", "Messaging", true), ("storage", "Storage", true),
        ("databases", "Databases", true), ("database", "Databases", true), ("data", "Data", false),
        ("analytics", "Analytics", true), ("networking", "Networking", true), ("network", "Networking", true),
        ("networks", "Networking", true), ("identity", "Identity", true), ("access", "Access", false),
        ("security", "Security", true), ("compliance", "Compliance", false), ("monitoring", "Monitoring", true),
        ("management", "Management", false), ("devops", "DevOps", true), ("ai", "AI", false), ("ml", "AI", false),
        ("backup", "Backup", true), ("backups", "Backup", true), ("cost", "Cost", false), ("costs", "Cost", false),
    ];

    /// <summary>The step word a title or file name leads with, in its own words ("Plan", "Cut over"), or null.</summary>
    public static string? LeadingStep(string text)
    {
        var words = Words(text).SkipWhile(w => IsNumber(w.Value) || w.Value.Equals("step", StringComparison.OrdinalIgnoreCase)).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        if (words.Count > 1 && words[0].Value.Equals("cut", StringComparison.OrdinalIgnoreCase) && words[1].Value.Equals("over", StringComparison.OrdinalIgnoreCase))
        {
            return Capitalize(text[words[0].Index..(words[1].Index + words[1].Length)]);
        }

        return StepWords.Contains(words[0].Value) ? Capitalize(words[0].Value) : null;
    }

    // Where each step word sits in a migration's lifecycle, for guides without a toc to order them.
    private static readonly string[] Lifecycle =
        ["assess", "plan", "design", "prepar", "migrat", "execut", "cut", "evaluat", "optimi", "operat", "decommission"];

    /// <summary>The lifecycle position of a step name from <see cref="LeadingStep"/> (0 for assess, 10 for decommission).</summary>
    public static int StepRank(string stepName)
    {
        var index = Array.FindIndex(Lifecycle, stem => stepName.StartsWith(stem, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? Lifecycle.Length : index;
    }

    /// <summary>
    /// True when a text is nothing but step words ("Plan", "Migrate", "Assess and plan", "2. Cut over"): the name of a
    /// stage, not a title about something ("Migrate workloads from AWS").
    /// </summary>
    public static bool IsStepName(string text)
    {
        var words = Words(text).Select(w => w.Value).SkipWhile(w => IsNumber(w) || w.Equals("step", StringComparison.OrdinalIgnoreCase)).ToList();
        return words.Count > 0 && LeadingStep(text) is not null && words.All(w => StepWords.Contains(w) || NameJoiners.Contains(w));
    }

    /// <summary>True for a FAQ, glossary or troubleshooting page: reference material, neither a step nor a service guide.</summary>
    public static bool IsReference(string text) => Reference().IsMatch(text);

    /// <summary>True for an overview or introduction, which is never a step.</summary>
    public static bool IsOverview(string text) => Overview().IsMatch(text);

    /// <summary>
    /// The area a title or file name is about, or null: its subject (after "Migrate your AWS ...", before
    /// "from ...") when that starts with an area word, else a strong area word anywhere when
    /// <paramref name="anywhere"/> is true.
    /// </summary>
    public static string? Area(string text, bool anywhere)
    {
        var words = Words(text).SkipWhile(w => IsNumber(w.Value) || Lead.Contains(w.Value)).ToList();
        var subject = words.TakeWhile(w => !Stop.Contains(w.Value)).ToList();
        if (subject.Count > 0)
        {
            var phrase = string.Join(' ', subject.Select(w => w.Value)).ToLowerInvariant();
            foreach (var (area, display, _) in Areas)
            {
                if (phrase == area || phrase.StartsWith(area + " ", StringComparison.Ordinal))
                {
                    var own = text[subject[0].Index..(subject[^1].Index + subject[^1].Length)];
                    return subject.Count <= 5 ? Capitalize(own) : display;
                }
            }
        }

        if (!anywhere)
        {
            return null;
        }

        var all = " " + string.Join(' ', Words(text).Select(w => w.Value)).ToLowerInvariant() + " ";
        return Areas.Where(a => a.Anywhere && all.Contains($" {a.Words} ", StringComparison.Ordinal)).Select(a => a.Display).FirstOrDefault();
    }

    private static IEnumerable<Match> Words(string text) => Word().Matches(text);

    private static bool IsNumber(string word) => word.All(char.IsDigit);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:faqs?|frequently asked questions|glossary|troubleshoot(?:ing)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\b(?:overview|introduction|intro|get(?:ting)?[ -]started)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Overview();
}
