using MigrationBot.Guide.Embeddings;

namespace MigrationBot.Guide.Tests.Embeddings;

/// <summary>A stand-in for the sentence model: one dimension per word of a fixed list, counting its occurrences.</summary>
internal sealed class WordCountEmbedder(params string[] words) : ITextEmbedder
{
    public float[] EmbedSection(string text) => EmbedQuestion(text);

    public float[] EmbedQuestion(string text)
    {
        var tokens = text.ToLowerInvariant().Split([' ', '.', ',', '?'], StringSplitOptions.RemoveEmptyEntries);
        var vector = words.Select(word => (float)tokens.Count(t => t == word)).ToArray();
        Vectors.Normalize(vector);
        return vector;
    }
}
