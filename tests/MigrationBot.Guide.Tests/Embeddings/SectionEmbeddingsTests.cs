using MigrationBot.Guide.Embeddings;
using MigrationBot.Guide.Tests.Support;

namespace MigrationBot.Guide.Tests.Embeddings;

public sealed class SectionEmbeddingsTests
{
    private static readonly MigrationGuide Guide = new GuideBuilder()
        .Article("storage.md", "Storage", a => a
            .Section("Copy buckets", "Copy every bucket into a container.")
            .Section("Archive tiers", "Cold data goes to the archive tier.")
            .Section("Next steps", "Read about buckets and containers next."))
        .Build();

    private readonly SectionEmbeddings _embeddings = new(SectionEmbeddings.Texts(Guide), new WordCountEmbedder("bucket", "archive", "tier"));

    [Fact]
    public void NearestSectionComesFirst()
    {
        var matches = _embeddings.Search("which archive tier for cold data", depth: 2);

        Assert.Equal(["storage.md#archive-tiers", "storage.md#copy-buckets"], matches.Nearest.Select(h => h.SectionId));
        Assert.Equal(matches.Nearest[0].Similarity, matches.Best);
        Assert.True(matches.Best > matches.Nearest[1].Similarity);
    }

    [Fact]
    public void LinkListSectionsAreNotEmbedded()
    {
        var matches = _embeddings.Search("bucket", depth: 5);

        Assert.Equal(2, _embeddings.Count);
        Assert.DoesNotContain(matches.Nearest, h => h.SectionId == "storage.md#next-steps");
        Assert.Null(matches.Of("storage.md#next-steps"));
    }

    [Fact]
    public void EverySectionsSimilarityIsKeptBeyondTheNearest()
    {
        var matches = _embeddings.Search("copy the bucket", depth: 1);

        Assert.Single(matches.Nearest);
        Assert.Equal(0, matches.Of("storage.md#archive-tiers"));
        Assert.True(matches.Of("storage.md#copy-buckets") > 0.9);
    }

    [Fact]
    public void LongSectionIsEmbeddedFromItsTitleHeadingAndOpening()
    {
        var tail = string.Concat(Enumerable.Repeat("archive ", 100));
        var guide = new GuideBuilder()
            .Article("storage.md", "Storage", a => a.Section("Copy buckets", "Copy every bucket first. " + tail))
            .Build();

        var text = Assert.Single(SectionEmbeddings.Texts(guide)).Text;

        Assert.StartsWith("Storage. Copy buckets. Copy every bucket first.", text, StringComparison.Ordinal);
        Assert.True(text.Length <= "Storage. Copy buckets. ".Length + SectionEmbeddings.OpeningLength);
        Assert.EndsWith("archive", text, StringComparison.Ordinal);
    }
}
