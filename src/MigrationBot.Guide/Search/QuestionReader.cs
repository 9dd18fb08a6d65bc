using System.Text.RegularExpressions;
using Lucene.Net.Analysis;

namespace MigrationBot.Guide.Search;

/// <summary>
/// Turns a question into the terms to search: analyzed as the index's text is, with words the guide never uses
/// replaced by what it does use (chat shorthand expanded, plurals made singular, misspellings repaired).
/// </summary>
internal sealed partial class QuestionReader(Analyzer queryAnalyzer, IndexVocabulary vocabulary)
{
    /// <summary>The question's distinct terms in order, misspellings repaired, at most <see cref="GuideIndex.MaxTerms"/>.</summary>
    public List<string> Read(string question, out HashSet<string> repaired)
    {
        var result = new List<string>();
        repaired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in GuideAnalyzers.Terms(queryAnalyzer, "body", question))
        {
            if (term.Length > 40)
            {
                continue;
            }

            foreach (var usable in Usable(term, repaired))
            {
                if (!result.Contains(usable, StringComparer.Ordinal))
                {
                    result.Add(usable);
                }
            }

            if (result.Count >= GuideIndex.MaxTerms)
            {
                result.RemoveRange(GuideIndex.MaxTerms, result.Count - GuideIndex.MaxTerms);
                break;
            }
        }

        return result;
    }

    /// <summary>
    /// The question as written, each word the guide never uses replaced as <see cref="Read"/> replaces it (shorthand
    /// expanded, misspelling repaired): the text a sentence model reads, since it knows nothing of a misspelt word.
    /// </summary>
    public string Respell(string question) =>
        Word().Replace(question, match =>
        {
            var terms = GuideAnalyzers.Terms(queryAnalyzer, "body", match.Value).ToList();
            if (terms.Count != 1 || vocabulary.DocumentFrequency(terms[0]) > 0)
            {
                return match.Value;
            }

            var usable = Usable(terms[0], []).ToList();
            return usable.Count == 1 && usable[0] == terms[0] ? match.Value : string.Join(' ', usable);
        });

    [GeneratedRegex(@"\p{L}[\p{L}\p{Nd}]*")]
    private static partial Regex Word();

    /// <summary>
    /// What to search for a question's term: the term when the guide knows it; else its expansion when it is chat
    /// shorthand, its singular when only that is known, or the nearest spelling (marked as repaired); else the term.
    /// </summary>
    private IEnumerable<string> Usable(string term, HashSet<string> repaired)
    {
        if (vocabulary.DocumentFrequency(term) > 0)
        {
            return [term];
        }

        if (ChatShorthand.Expansions.TryGetValue(term, out var expansion))
        {
            var expanded = GuideAnalyzers.Terms(queryAnalyzer, "body", expansion).Where(t => vocabulary.DocumentFrequency(t) > 0).ToList();
            if (expanded.Count > 0)
            {
                return expanded;
            }
        }

        if (term.Length > 3 && term[^1] == 's' && vocabulary.DocumentFrequency(term[..^1]) > 0)
        {
            return [term[..^1]];
        }

        var repair = vocabulary.Repair(term);
        if (repair is null)
        {
            return [term];
        }

        repaired.Add(repair);
        return [repair];
    }
}
