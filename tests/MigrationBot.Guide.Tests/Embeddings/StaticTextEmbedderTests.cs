using MigrationBot.Guide.Embeddings;

namespace MigrationBot.Guide.Tests.Embeddings;

public sealed class StaticTextEmbedderTests
{
    [Fact]
    public void TheModelsOwnVocabularyTokenizesTheQuestion()
    {
        var tokenizer = MiniLmModel.CreateTokenizer();

        var ids = tokenizer.Encode("move buckets", 16).InputIds.ToArray();

        Assert.Equal(101, ids[0]);
        Assert.Equal(102, ids[^1]);
        Assert.True(ids.Length >= 4);
    }

    [Fact]
    public void WordEverySectionUsesWeighsLessThanARareOne()
    {
        // Two dimensions: the first word piece of "storage" points one way, that of "archive" the other.
        var tokenizer = MiniLmModel.CreateTokenizer();
        var storage = (int)tokenizer.Encode("storage", 8).InputIds.Span[1];
        var archive = (int)tokenizer.Encode("archive", 8).InputIds.Span[1];
        var count = MiniLmModel.VocabularySize();
        var rows = new float[count * 2];
        rows[storage * 2] = 1;
        rows[(archive * 2) + 1] = 1;
        var table = new TokenEmbeddingTable("test", count, 2, rows);
        var embedder = new StaticTextEmbedder(tokenizer, table, ["storage accounts", "storage archive", "storage tiers", "storage costs"]);

        var vector = embedder.EmbedQuestion("storage archive");

        Assert.True(vector[1] > vector[0]);
        Assert.Equal(1, (vector[0] * vector[0]) + (vector[1] * vector[1]), 3);
    }

    [Fact]
    public void TextWithoutWordPiecesIsTheZeroVector()
    {
        var tokenizer = MiniLmModel.CreateTokenizer();
        var count = MiniLmModel.VocabularySize();
        var embedder = new StaticTextEmbedder(tokenizer, new TokenEmbeddingTable("test", count, 2, new float[count * 2]), ["storage"]);

        Assert.Equal([0f, 0f], embedder.EmbedQuestion("   "));
    }
}
