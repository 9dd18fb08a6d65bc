using MigrationBot.Guide.Search;

namespace MigrationBot.Guide.Answering;

/// <summary>Finds the mapping rows of the services a question names, in AWS or Azure words.</summary>
public sealed class MappingMatcher
{
    private const int MaxRows = 4;

    private readonly List<MappingName> _names = [];

    public MappingMatcher(IReadOnlyList<ServiceMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        foreach (var mapping in mappings)
        {
            foreach (var alias in ServiceNames.Aliases(mapping.AwsService).Concat(ServiceNames.Aliases(mapping.AzureService)))
            {
                var words = Words(alias);
                if (words.Length > 0)
                {
                    _names.Add(new MappingName(words, mapping));
                }
            }
        }
    }

    /// <summary>The rows whose AWS or Azure service the question names; longer names first, at most four rows.</summary>
    public IReadOnlyList<ServiceMapping> Match(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var words = Words(question.Length > 2000 ? question[..2000] : question);
        if (words.Length == 0)
        {
            return [];
        }

        var found = new List<(int Length, int Position, ServiceMapping Row)>();
        foreach (var name in _names)
        {
            var position = IndexOf(words, name.Words);
            if (position >= 0)
            {
                found.Add((name.Words.Length, position, name.Row));
            }
        }

        // A name inside a longer matched name ("SQL" inside "Azure SQL Database") does not count on its own.
        var longest = found.Count == 0 ? 0 : found.Max(f => f.Length);
        return found
            .Where(f => f.Length == longest || !found.Any(g => g.Length > f.Length && g.Position <= f.Position && f.Position + f.Length <= g.Position + g.Length))
            .OrderBy(f => f.Position)
            .ThenByDescending(f => f.Length)
            .Select(f => f.Row)
            .Distinct()
            .Take(MaxRows)
            .ToList();
    }

    private static int IndexOf(string[] words, string[] name)
    {
        for (var i = 0; i + name.Length <= words.Length; i++)
        {
            var all = true;
            for (var j = 0; j < name.Length && all; j++)
            {
                all = string.Equals(words[i + j], name[j], StringComparison.Ordinal);
            }

            if (all)
            {
                return i;
            }
        }

        return -1;
    }

    private static string[] Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words.ToArray();
    }

    private sealed record MappingName(string[] Words, ServiceMapping Row);
}
