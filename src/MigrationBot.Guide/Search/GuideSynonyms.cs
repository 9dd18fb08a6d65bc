using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace MigrationBot.Guide.Search;

/// <summary>
/// Builds the index-time synonym map from the guide's <c>synonyms.txt</c> (Solr format) and its mapping tables,
/// where each AWS name is made equivalent to each Azure name of the same row.
/// </summary>
internal static class GuideSynonyms
{
    /// <summary>The synonym map, or null when the guide has neither synonyms nor mappings.</summary>
    public static SynonymMap? Build(string? synonymsText, IReadOnlyList<ServiceMapping> mappings)
    {
        using var surface = GuideAnalyzers.CreateSurfaceAnalyzer();
        var parser = new SolrSynonymParser(dedup: true, expand: true, surface);
        var any = false;
        var rules = WellFormedRules(BuiltInSynonyms.Rules + "\n" + synonymsText);
        if (rules.Length > 0)
        {
            using var reader = new StringReader(rules);
            parser.Parse(reader);
            any = true;
        }

        foreach (var mapping in mappings)
        {
            var aws = ServiceNames.Aliases(mapping.AwsService);
            var azure = ServiceNames.Aliases(mapping.AzureService);
            foreach (var a in aws)
            {
                foreach (var z in azure)
                {
                    any |= AddPair(parser, surface, a, z);
                    any |= AddPair(parser, surface, z, a);
                }
            }
        }

        return any ? parser.Build() : null;
    }

    private static bool AddPair(SynonymMap.Builder builder, Analyzer surface, string from, string to)
    {
        var input = GuideAnalyzers.Terms(surface, "body", from);
        var output = GuideAnalyzers.Terms(surface, "body", to);
        if (input.Count == 0 || output.Count == 0 || input.SequenceEqual(output, StringComparer.Ordinal))
        {
            return false;
        }

        builder.Add(
            SynonymMap.Builder.Join(input.ToArray(), new CharsRef()),
            SynonymMap.Builder.Join(output.ToArray(), new CharsRef()),
            includeOrig: true);
        return true;
    }

    /// <summary>
    /// The rule lines the Solr parser accepts: comments and blank lines dropped, and lines with an empty side or
    /// more than one arrow left out, so one bad line costs that line rather than the whole file.
    /// </summary>
    private static string WellFormedRules(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var kept = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.Contains('\\', StringComparison.Ordinal))
            {
                continue;
            }

            var sides = line.Split("=>");
            if (sides.Length > 2 || sides.Any(side => !side.Split(',').Any(HasWord)) || sides.Any(side => side.Split(',').Any(item => !HasWord(item))))
            {
                continue;
            }

            kept.Add(line);
        }

        return string.Join('\n', kept);
    }

    private static bool HasWord(string text) => text.Any(char.IsLetterOrDigit);
}
