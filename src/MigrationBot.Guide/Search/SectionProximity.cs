namespace MigrationBot.Guide.Search;

/// <summary>
/// Which pairs of terms stand close together (within <see cref="Window"/> terms) somewhere in each section: the
/// evidence that a section uses two of a question's words together, as the question does, rather than apart.
/// </summary>
internal sealed class SectionProximity
{
    /// <summary>Two terms this many positions apart or fewer (after stop words are dropped) count as together.</summary>
    public const int Window = 3;

    private readonly Dictionary<string, HashSet<long>> _pairsBySection = new(StringComparer.Ordinal);

    /// <summary>Records a section's terms, in order.</summary>
    public void Add(string sectionId, IReadOnlyList<string> terms)
    {
        if (!_pairsBySection.TryGetValue(sectionId, out var pairs))
        {
            pairs = [];
            _pairsBySection[sectionId] = pairs;
        }

        for (var i = 0; i < terms.Count; i++)
        {
            for (var j = i + 1; j <= i + Window && j < terms.Count; j++)
            {
                pairs.Add(Key(terms[i], terms[j]));
            }
        }
    }

    /// <summary>True when the section holds the two terms close together, in either order.</summary>
    public bool Near(string sectionId, string first, string second) =>
        _pairsBySection.TryGetValue(sectionId, out var pairs) && pairs.Contains(Key(first, second));

    /// <summary>
    /// Share of neighbouring terms of a list (a question's known words in order) that the section holds close
    /// together; -1 when the list has fewer than two terms.
    /// </summary>
    public double ShareTogether(string sectionId, IReadOnlyList<string> ordered)
    {
        if (ordered.Count < 2)
        {
            return -1;
        }

        var together = 0;
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            if (Near(sectionId, ordered[i], ordered[i + 1]))
            {
                together++;
            }
        }

        return (double)together / (ordered.Count - 1);
    }

    private static long Key(string a, string b)
    {
        var (x, y) = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
        return ((long)StringComparer.Ordinal.GetHashCode(x) << 32) ^ (uint)StringComparer.Ordinal.GetHashCode(y);
    }
}
