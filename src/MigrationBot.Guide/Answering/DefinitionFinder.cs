using System.Text.RegularExpressions;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// Finds where a guide defines a term, for "what is a wave?" or "define landing zone": a list item or paragraph
/// that starts with the term and a colon or dash (a glossary entry), or a heading that is the term itself.
/// </summary>
internal sealed partial class DefinitionFinder
{
    private readonly Dictionary<string, string> _sectionByTerm = new(StringComparer.Ordinal);

    public DefinitionFinder(MigrationGuide guide)
    {
        foreach (var section in guide.Articles.SelectMany(a => a.Sections))
        {
            foreach (var block in section.Blocks)
            {
                if (block.Kind is BlockKind.ListItem or BlockKind.Paragraph && Entry().Match(block.Text) is { Success: true } entry)
                {
                    _sectionByTerm.TryAdd(Normalize(entry.Groups["term"].Value), section.Id);
                }
            }

        }

        // A short heading used once in the guide names what its section explains ("Availability zones");
        // one repeated in every article ("Tools", "Checklist") does not.
        var headings = guide.Articles.SelectMany(a => a.Sections)
            .Where(s => s.Heading is { Length: <= 40 } h && h.Split(' ').Length <= 3)
            .GroupBy(s => Normalize(s.Heading!), StringComparer.Ordinal)
            .Where(g => g.Count() == 1);
        foreach (var heading in headings)
        {
            _sectionByTerm.TryAdd(heading.Key, heading.Single().Id);
        }
    }

    /// <summary>The id of the section defining the term a definition question asks about, or null.</summary>
    public string? Find(string question)
    {
        if (question.Length > 120 || Question().Match(question) is not { Success: true } match)
        {
            return null;
        }

        return _sectionByTerm.GetValueOrDefault(Normalize(match.Groups["term"].Value));
    }

    private static string Normalize(string term)
    {
        var words = NonWord().Split(term.ToLowerInvariant()).Where(w => w.Length > 0).ToArray();
        if (words.Length > 0 && words[^1].Length > 3 && words[^1].EndsWith('s') && !words[^1].EndsWith("ss", StringComparison.Ordinal))
        {
            words[^1] = words[^1][..^1];
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(@"^\**(?<term>[A-Za-z][\w .'/-]{1,40}?)\**\s*(?::|\s[-–—]\s)\s*\S")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^\s*(?:what\s+is|what's|whats|what\s+are|what\s+does|what\s+do|define|definition\s+of|meaning\s+of|explain)\s+(?:an?\s+|the\s+)?(?<term>[\w .'/-]{2,40}?)(?:\s+mean)?\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Question();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();
}
