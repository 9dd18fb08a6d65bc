using MigrationBot.Guide.Search;

namespace MigrationBot.Guide.Embeddings;

/// <summary>
/// The vectors of one guide's sections (link-list sections such as "Next steps" left out), searched by brute force:
/// a few hundred dot products of 384 floats cost tens of microseconds.
/// </summary>
internal sealed class SectionEmbeddings
{
    private readonly SectionText[] _sections;
    private readonly float[][] _vectors;
    private readonly ITextEmbedder _embedder;

    public SectionEmbeddings(IReadOnlyList<SectionText> sections, ITextEmbedder embedder)
    {
        _sections = [.. sections];
        _embedder = embedder;
        _vectors = _sections.Select(s => embedder.EmbedSection(s.Text)).ToArray();
    }

    public int Count => _sections.Length;

    /// <summary>The texts the sections of a guide are embedded from.</summary>
    public static IReadOnlyList<SectionText> Texts(MigrationGuide guide) =>
        guide.Articles
            .SelectMany(article => article.Sections
                .Where(section => !SectionDocuments.IsNavigation(section))
                .Select(section => new SectionText(
                    section.Id,
                    article.Path,
                    string.Join(". ", [article.Title, .. section.HeadingPath.DefaultIfEmpty(section.Heading ?? string.Empty), section.Text]))))
            .ToList();

    /// <summary>Every section by similarity to the question, best first.</summary>
    public IReadOnlyList<SemanticHit> Search(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var query = _embedder.EmbedQuestion(question);
        var hits = new SemanticHit[_sections.Length];
        for (var i = 0; i < _sections.Length; i++)
        {
            hits[i] = new SemanticHit(_sections[i].SectionId, _sections[i].ArticlePath, Vectors.Dot(query, _vectors[i]));
        }

        Array.Sort(hits, (a, b) => b.Similarity.CompareTo(a.Similarity));
        return hits;
    }
}
