using MigrationBot.Guide.Embeddings;

namespace MigrationBot.Guide.Tests.Embeddings;

public sealed class TokenEmbeddingTableTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("token-table-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void WrittenTableReadsBackRowForRow()
    {
        var path = Path.Combine(_folder, "table.bin");
        new TokenEmbeddingTable(MiniLmModel.Version, 3, 2, [1, 0, 0, 1, 0.6f, 0.8f]).Write(path);

        var read = TokenEmbeddingTable.TryRead(path);

        Assert.NotNull(read);
        Assert.Equal(3, read.Count);
        Assert.Equal([0.6f, 0.8f], read[2].ToArray());
    }

    [Fact]
    public void TableOfAnotherModelVersionIsNotReused()
    {
        var path = Path.Combine(_folder, "table.bin");
        new TokenEmbeddingTable("another-model", 1, 2, [1, 0]).Write(path);

        Assert.Null(TokenEmbeddingTable.TryRead(path));
    }

    [Fact]
    public void CutShortFileIsIgnored()
    {
        var path = Path.Combine(_folder, "table.bin");
        new TokenEmbeddingTable(MiniLmModel.Version, 3, 2, [1, 0, 0, 1, 0.6f, 0.8f]).Write(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^5]);

        Assert.Null(TokenEmbeddingTable.TryRead(path));
    }

    [Fact]
    public void MissingFileIsNoTable() => Assert.Null(TokenEmbeddingTable.TryRead(Path.Combine(_folder, "none.bin")));
}
