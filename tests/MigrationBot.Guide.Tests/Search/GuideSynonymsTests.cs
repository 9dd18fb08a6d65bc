using MigrationBot.Guide.Search;
using MigrationBot.Guide.Tests.Support;

namespace MigrationBot.Guide.Tests.Search;

public sealed class GuideSynonymsTests
{
    [Fact]
    public void MalformedSynonymLinesAreSkippedNotFatal()
    {
        var guide = SampleGuides.AwsToAzure() with { Synonyms = "bucket, container\n=> nothing\na => b => c\n, ,\nvm, \\\nzone file, bind file\n" };

        using var index = GuideIndex.Build(guide);

        Assert.Equal("services/networking.md#migrate-hosted-zones", index.Search("bind file export", 5).Hits[0].SectionId);
    }

    [Fact]
    public void GuideWithoutSynonymsOrMappingsStillIndexes()
    {
        var guide = SampleGuides.AwsToAzure() with { Synonyms = null, Mappings = [] };

        using var index = GuideIndex.Build(guide);

        Assert.Equal("services/networking.md#migrate-hosted-zones", index.Search("hosted zone", 5).Hits[0].SectionId);
    }

    [Fact]
    public void BuiltInAcronymsMatchTheirLongNames()
    {
        var guide = new GuideBuilder()
            .Article("a.md", "Comparison", a => a
                .Section("Firewalls", "Use a web application firewall in front of public sites.")
                .Section("Queues", "Simple Queue Service queues become Service Bus queues."))
            .Build();

        using var index = GuideIndex.Build(guide);

        Assert.Equal("a.md#firewalls", index.Search("waf", 5).Hits[0].SectionId);
        Assert.Equal("a.md#queues", index.Search("sqs", 5).Hits[0].SectionId);
    }

    [Fact]
    public void MigrationStrategyNamesMatchEitherWay()
    {
        var guide = new GuideBuilder()
            .Article("a.md", "Strategies", a => a
                .Section("Rehost servers", "Rehost moves each server unchanged to a virtual machine.")
                .Section("Refactor apps", "Refactor rewrites parts of an application for platform services."))
            .Build();

        using var index = GuideIndex.Build(guide);

        Assert.Equal("a.md#rehost-servers", index.Search("what does lift and shift mean", 5).Hits[0].SectionId);
    }
}
