using System.Text.RegularExpressions;
using MigrationBot.Guide.Search;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// The topics a guide names only to say that it does not cover them ("The guide doesn't cover mainframe data or SAP
/// systems"; "a data-sync design that this guide doesn't cover"). A question about one of them is declined, however many
/// other words it shares with the guide: the guide itself says it has no answer. A word counts as such a topic only
/// when the guide uses it nowhere else (no title, heading or other sentence), so a topic covered elsewhere is never one.
/// </summary>
internal sealed partial class ScopeExclusions
{
    private readonly HashSet<string> _excluded;

    /// <param name="guide">The guide to read.</param>
    /// <param name="analyze">The analyzer that makes a question's terms, so the words compare as searched.</param>
    public ScopeExclusions(MigrationGuide guide, Func<string, IReadOnlyList<string>> analyze)
    {
        var stated = new HashSet<string>(StringComparer.Ordinal);
        var elsewhere = new HashSet<string>(StringComparer.Ordinal);
        _excluded = stated;
        // Most guides say nothing of the kind; only those that do are read word by word (tens of milliseconds).
        if (!guide.Articles.SelectMany(a => a.Sections).Any(s => NotCovered().IsMatch(s.Text)))
        {
            return;
        }

        foreach (var article in guide.Articles)
        {
            elsewhere.UnionWith(analyze($"{article.Title}\n{article.Description}"));
            foreach (var section in article.Sections)
            {
                elsewhere.UnionWith(analyze(section.Heading ?? string.Empty));
                foreach (var sentence in SentenceEnd().Split(section.Text))
                {
                    (NotCovered().IsMatch(sentence) ? stated : elsewhere).UnionWith(analyze(sentence));
                }
            }
        }

        stated.ExceptWith(elsewhere);
    }

    /// <summary>The topics the guide says it does not cover, as analyzed terms.</summary>
    public IReadOnlySet<string> Topics => _excluded;

    /// <summary>
    /// The question's terms that name a topic the guide says it does not cover, when that is all the question asks
    /// about: every word of it the guide knows (apart from everyday ones) is such a topic. "How do we migrate SAP BW to
    /// Azure?" is about SAP; "we pull Oracle tables with Sqoop, what replaces Sqoop?" is about Sqoop, which the guide
    /// covers, and is answered.
    /// </summary>
    public IReadOnlyList<string> Named(SearchResult search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var known = search.MeaningfulTerms.Except(search.UnknownTerms, StringComparer.Ordinal).Distinct(StringComparer.Ordinal).ToList();
        return known.Count > 0 && known.All(_excluded.Contains) ? known : [];
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:this|the)\s+(?:guide|article|page|section|document)\s+(?:doesn't|does\s+not|don't|won't|will\s+not|can't|cannot)\s+(?:cover|address|discuss|describe)\b|\b(?:is|are)\s+(?:out\s+of|outside\s+(?:the|this\s+guide's))\s+scope\b|\bnot\s+covered\s+(?:here|in\s+this\s+(?:guide|article))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotCovered();
}
