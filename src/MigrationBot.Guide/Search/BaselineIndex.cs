using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace MigrationBot.Guide.Search;

/// <summary>
/// The plain Lucene index answers are compared with: standard analyzer, one document per section holding its
/// heading and text, default similarity, no synonyms, no field weights, never declines.
/// </summary>
public sealed class BaselineIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly StandardAnalyzer _analyzer = new(Version);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly QueryBuilder _queries;

    public BaselineIndex(MigrationGuide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer)))
        {
            foreach (var section in guide.Articles.SelectMany(a => a.Sections))
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", section.Id, Field.Store.YES),
                    new StringField("article", section.ArticlePath, Field.Store.YES),
                    new TextField("text", $"{section.Heading}\n{section.Text}", Field.Store.NO),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _queries = new QueryBuilder(_analyzer);
    }

    /// <summary>The best sections for a question, best first.</summary>
    public IReadOnlyList<SearchHit> Search(string question, int count)
    {
        ArgumentNullException.ThrowIfNull(question);
        var query = _queries.CreateBooleanQuery("text", question.Length > 2000 ? question[..2000] : question);
        if (query is null)
        {
            return [];
        }

        return _searcher.Search(query, count).ScoreDocs
            .Select(hit =>
            {
                var stored = _searcher.Doc(hit.Doc);
                return new SearchHit(stored.Get("id"), stored.Get("article"), hit.Score, 1, 1, []);
            })
            .ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
