namespace MigrationBot.Guide.Embeddings;

/// <summary>How similar every section of a guide is to one question.</summary>
internal sealed class SemanticMatches
{
    private readonly IReadOnlyDictionary<string, int> _positions;
    private readonly float[] _similarities;

    public SemanticMatches(IReadOnlyList<SemanticHit> nearest, IReadOnlyDictionary<string, int> positions, float[] similarities)
    {
        Nearest = nearest;
        _positions = positions;
        _similarities = similarities;
    }

    /// <summary>The most similar sections, best first.</summary>
    public IReadOnlyList<SemanticHit> Nearest { get; }

    /// <summary>The best section's similarity, 0 when the guide has no section.</summary>
    public double Best => Nearest.Count == 0 ? 0 : Nearest[0].Similarity;

    /// <summary>A section's similarity, or null when the section is not embedded (a link list).</summary>
    public double? Of(string sectionId) => _positions.TryGetValue(sectionId, out var i) ? _similarities[i] : null;
}
