using MigrationBot.Guide.Search;

namespace MigrationBot.Guide.Embeddings;

/// <summary>
/// The vectors of one guide's sections (link-list sections such as "Next steps" left out), in one contiguous matrix
/// searched by brute force: a few hundred dot products of 384 floats.
/// </summary>
internal sealed class SectionEmbeddings
{
    private readonly SectionText[] _sections;
    private readonly float[] _matrix;
    private readonly int _dimensions;
    private readonly Dictionary<string, int> _positions;
    private readonly ITextEmbedder _embedder;

    public SectionEmbeddings(IReadOnlyList<SectionText> sections, ITextEmbedder embedder)
    {
        _sections = [.. sections];
        _embedder = embedder;
        // One model run per section, on every core: the model is safe to run from several threads at once.
        var vectors = new float[_sections.Length][];
        Parallel.For(0, _sections.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => vectors[i] = embedder.EmbedSection(_sections[i].Text));
        _dimensions = vectors.Length == 0 ? 0 : vectors[0].Length;
        _matrix = new float[vectors.Length * _dimensions];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i].CopyTo(_matrix, i * _dimensions);
        }

        _positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _sections.Length; i++)
        {
            _positions.TryAdd(_sections[i].SectionId, i);
        }
    }

    public int Count => _sections.Length;

    /// <summary>
    /// How much of a section's prose its vector is made from: its opening states the topic, while the rest, averaged
    /// in, blurs it (on the development sets, the whole prose ranked worse than the opening on every set but one).
    /// </summary>
    public const int OpeningLength = 400;

    /// <summary>The texts the sections of a guide are embedded from.</summary>
    public static IReadOnlyList<SectionText> Texts(MigrationGuide guide) =>
        guide.Articles
            .SelectMany(article => article.Sections
                .Where(section => !SectionDocuments.IsNavigation(section))
                .Select(section => new SectionText(
                    section.Id,
                    article.Path,
                    string.Join(". ", [article.Title, .. section.HeadingPath.DefaultIfEmpty(section.Heading ?? string.Empty), Opening(section.Text)]))))
            .ToList();

    private static string Opening(string text)
    {
        if (text.Length <= OpeningLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', OpeningLength);
        return text[..(cut > 0 ? cut : OpeningLength)];
    }

    /// <summary>Every section's similarity to the question, and the <paramref name="depth"/> nearest sections.</summary>
    public SemanticMatches Search(string question, int depth)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        var query = _embedder.EmbedQuestion(question);
        var similarities = new float[_sections.Length];
        for (var i = 0; i < _sections.Length; i++)
        {
            similarities[i] = Vectors.Dot(query, _matrix.AsSpan(i * _dimensions, _dimensions));
        }

        // Keep the nearest in a small sorted buffer: cheaper than sorting every section.
        var nearest = new List<int>(depth + 1);
        for (var i = 0; i < similarities.Length; i++)
        {
            if (nearest.Count == depth && similarities[i] <= similarities[nearest[^1]])
            {
                continue;
            }

            var at = nearest.Count;
            while (at > 0 && similarities[nearest[at - 1]] < similarities[i])
            {
                at--;
            }

            nearest.Insert(at, i);
            if (nearest.Count > depth)
            {
                nearest.RemoveAt(depth);
            }
        }

        var hits = nearest.Select(i => new SemanticHit(_sections[i].SectionId, _sections[i].ArticlePath, similarities[i])).ToList();
        return new SemanticMatches(hits, _positions, similarities);
    }
}
