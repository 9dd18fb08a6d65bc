using FastBertTokenizer;

namespace MigrationBot.Guide.Embeddings;

/// <summary>
/// Embeds a text as the weighted mean of its word pieces' rows in a <see cref="TokenEmbeddingTable"/>. A piece weighs
/// its rarity in the guide (idf over the guide's sections), so words every section uses count for little and a word
/// the guide never uses counts fully: it pulls an off-topic question away from every section.
/// </summary>
internal sealed class StaticTextEmbedder : ITextEmbedder
{
    private const int MaxPieces = 2048;

    private readonly BertTokenizer _tokenizer;
    private readonly TokenEmbeddingTable _table;
    private readonly float[] _weights;
    private readonly Lock _tokenizerLock = new();

    public StaticTextEmbedder(BertTokenizer tokenizer, TokenEmbeddingTable table, IReadOnlyList<string> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        _tokenizer = tokenizer;
        _table = table;
        var documentFrequency = new int[table.Count];
        foreach (var text in corpus)
        {
            foreach (var id in Pieces(text).Distinct())
            {
                documentFrequency[id]++;
            }
        }

        _weights = new float[table.Count];
        for (var id = 0; id < table.Count; id++)
        {
            _weights[id] = (float)Math.Log((corpus.Count + 1.0) / (documentFrequency[id] + 0.5));
        }
    }

    public float[] EmbedSection(string text) => EmbedQuestion(text);

    public float[] EmbedQuestion(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var vector = new float[_table.Dimensions];
        foreach (var id in Pieces(text))
        {
            Vectors.AddScaled(vector, _table[id], _weights[id]);
        }

        Vectors.Normalize(vector);
        return vector;
    }

    /// <summary>The text's word piece ids, without the frame and special pieces.</summary>
    private int[] Pieces(string text)
    {
        long[] ids;
        lock (_tokenizerLock)
        {
            ids = _tokenizer.Encode(text, MaxPieces).InputIds.ToArray();
        }

        // 0 pads, 100 is [UNK], 101 and 102 frame the sequence, 103 masks: none carries meaning.
        return ids.Where(id => id > 103 && id < _table.Count).Select(id => (int)id).ToArray();
    }
}
