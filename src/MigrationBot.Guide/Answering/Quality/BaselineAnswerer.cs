using MigrationBot.Guide.Search;

namespace MigrationBot.Guide.Answering.Quality;

/// <summary>Answers with the plain <see cref="BaselineIndex"/>: the ranking only, never a decline.</summary>
public sealed class BaselineAnswerer : IDisposable
{
    private readonly MigrationGuide _guide;
    private readonly BaselineIndex _index;

    public BaselineAnswerer(MigrationGuide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        _guide = guide;
        _index = new BaselineIndex(guide);
    }

    public Answer Ask(string question, int top = 5)
    {
        ArgumentNullException.ThrowIfNull(question);
        var results = _index.Search(question, top)
            .Select(hit => (Section: _guide.FindSection(hit.SectionId), Article: _guide.FindArticle(hit.ArticlePath), hit.Score))
            .Where(x => x.Section is not null && x.Article is not null)
            .Select(x => new AnswerSection(x.Article!, x.Section!, x.Score))
            .ToList();
        return new Answer(question, Declined: false, results.FirstOrDefault(), [], [], null, [], [], results);
    }

    public void Dispose() => _index.Dispose();
}
