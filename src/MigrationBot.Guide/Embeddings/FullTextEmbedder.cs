using System.Collections.Concurrent;
using FastBertTokenizer;

namespace MigrationBot.Guide.Embeddings;

/// <summary>
/// Embeds a text by running the whole sentence model on its first <see cref="MiniLmModel.MaxTokens"/> word pieces
/// (a few milliseconds for a question on one core). Vectors of texts seen before are reused, so rebuilding a guide's index is cheap.
/// </summary>
internal sealed class FullTextEmbedder(MiniLmModel model, BertTokenizer tokenizer) : ITextEmbedder
{
    private readonly ConcurrentDictionary<string, float[]> _seen = new(StringComparer.Ordinal);
    private readonly Lock _tokenizerLock = new();

    public float[] EmbedSection(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _seen.TryGetValue(text, out var known) ? known : Compute(text);
    }

    public float[] EmbedQuestion(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(text);
    }

    private float[] Compute(string text) => _seen[text] = Run(text);

    private float[] Run(string text)
    {
        long[] ids;
        lock (_tokenizerLock)
        {
            ids = tokenizer.Encode(text, MiniLmModel.MaxTokens).InputIds.ToArray();
        }

        var length = Array.FindLastIndex(ids, id => id != 0) + 1;
        var vector = model.Run(ids[..Math.Max(length, 2)]);
        Vectors.Normalize(vector);
        return vector;
    }
}
