using MigrationBot.Guide.Embeddings;

namespace MigrationBot.Guide.Tests.Embeddings;

public sealed class VectorsTests
{
    [Fact]
    public void DotOfLongVectorsMatchesTheSumOfProducts()
    {
        var a = Enumerable.Range(0, 37).Select(i => (float)i).ToArray();
        var b = Enumerable.Range(0, 37).Select(i => 1f / (i + 1)).ToArray();

        Assert.Equal(a.Zip(b, (x, y) => x * y).Sum(), Vectors.Dot(a, b), 3);
    }

    [Fact]
    public void NormalizedVectorHasUnitLengthAndZeroStaysZero()
    {
        float[] vector = [3, 4];
        float[] zero = [0, 0];

        Vectors.Normalize(vector);
        Vectors.Normalize(zero);

        Assert.Equal([0.6f, 0.8f], vector);
        Assert.Equal([0f, 0f], zero);
    }
}
