using MigrationBot.Guide.Search;
using MigrationBot.Guide.Tests.Support;

namespace MigrationBot.Guide.Tests.Search;

public sealed class GuideIndexTests : IDisposable
{
    private readonly GuideIndex _index = GuideIndex.Build(SampleGuides.AwsToAzure());

    [Theory]
    [InlineData("how do I copy dynamdb tabels to cosmso db?", "how do I copy dynamodb table to cosmos db?")]
    [InlineData("Migraiton of S3 bukets, env by env", "migration of S3 bucket, environment by environment")]
    [InlineData("Lower the DNS TTL", "Lower the DNS TTL")]
    public void RespellingRepairsOnlyTheWordsTheGuideNeverUses(string question, string respelled)
    {
        Assert.Equal(respelled, _index.Respell(question));
    }

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("Route 53 hosted zones", "services/networking.md#migrate-hosted-zones")]
    [InlineData("S3 storage classes", "services/storage.md#object-storage-tiers")]
    [InlineData("EC2 instance type sizing", "services/compute.md#size-virtual-machines")]
    [InlineData("Cosmos DB partition key", "services/databases.md#move-dynamodb-tables-to-cosmos-db")]
    public void ServiceNamesMatchAsWritten(string question, string expected)
    {
        var result = _index.Search(question, 5);

        Assert.Equal(expected, result.Hits[0].SectionId);
    }

    [Fact]
    public void LinkListSectionsAreNeverHitsButTheirWordsStillCountForTheirArticle()
    {
        var guide = new GuideBuilder()
            .Article("storage.md", "Storage", a => a
                .Intro("Object storage on Azure.")
                .Section("Copy buckets", "AzCopy copies objects from a bucket into a container.")
                .Section("Learn more", "Lifecycle management policies for Blob Storage. Immutable storage with legal holds."))
            .Article("tiers.md", "Tiers", a => a
                .Section("Lifecycle management policies", "Rules move blobs between hot, cool and archive tiers."))
            .Build();
        using var index = GuideIndex.Build(guide);

        var result = index.Search("lifecycle management policies for blob storage", 5);

        Assert.DoesNotContain(result.Hits, h => h.SectionId == "storage.md#learn-more");
        Assert.Equal("tiers.md#lifecycle-management-policies", result.Hits[0].SectionId);
        Assert.Contains(result.Hits, h => h.ArticlePath == "storage.md" && h.ArticleCoverage > h.Coverage);
    }

    [Fact]
    public void ServiceNamesKeepTheirSpellingThroughAnalysis()
    {
        Assert.Equal(["route", "53", "cosmos", "db", "ec2", "s3", "dynamodb"], _index.Analyze("Route 53, Cosmos DB, EC2, S3 and DynamoDB"));
    }

    [Fact]
    public void AzureNameFindsTheSectionWrittenInAwsWords()
    {
        // "Copy data with AzCopy" never says "Blob Storage"; the mapping row makes S3 and Blob Storage one.
        var result = _index.Search("copy objects into Blob Storage", 5);

        Assert.Equal("services/storage.md#copy-data-with-azcopy", result.Hits[0].SectionId);
    }

    [Fact]
    public void AwsNameFindsTheSectionWrittenInAzureWords()
    {
        // The landing zone section speaks of subscriptions only; "Virtual Machines" there is absent, but EC2 maps to VMs.
        var result = _index.Search("EC2 right-size utilization", 5);

        Assert.Equal("services/compute.md#size-virtual-machines", result.Hits[0].SectionId);
        Assert.Contains("ec2", result.Hits[0].MatchedTerms);
    }

    [Fact]
    public void SynonymsFileRulesApplyBothWays()
    {
        var bucket = _index.Search("bucket", 5);
        var container = _index.Search("container lifecycle", 5);

        Assert.Contains(bucket.Hits, h => h.SectionId == "services/storage.md#object-storage-tiers");
        Assert.Equal("services/storage.md#object-storage-tiers", container.Hits[0].SectionId);
    }

    [Fact]
    public void HeadingMatchOutranksAMentionInBodyText()
    {
        // "replicate" is the heading of one section and a word in the body of another.
        var result = _index.Search("replicate data", 5);

        Assert.Equal("journey/migrate.md#replicate-data", result.Hits[0].SectionId);
    }

    [Fact]
    public void MisspeltWordIsRepairedFromTheGuideVocabulary()
    {
        var result = _index.Search("dynamdb tables", 5);

        Assert.Contains("dynamodb", result.Terms);
        Assert.Equal("services/databases.md#move-dynamodb-tables-to-cosmos-db", result.Hits[0].SectionId);
    }

    [Fact]
    public void ChatShorthandTheGuideNeverUsesIsExpanded()
    {
        var result = _index.Search("mgmt groups for the target env", 5);

        Assert.Contains("management", result.Terms);
        Assert.Contains("environment", result.Terms);
        Assert.DoesNotContain("mgmt", result.Terms);
    }

    [Fact]
    public void UnknownPluralFallsBackToTheSingularTheGuideUses()
    {
        var result = _index.Search("vpcs and their subnets", 5);

        Assert.Contains("vpc", result.Terms);
    }

    [Theory]
    [InlineData("azcpoy", "azcopy")]
    [InlineData("replcate", "replicate")]
    public void SwappedOrMissingLettersInShortWordsAreRepaired(string typed, string repaired)
    {
        var result = _index.Search($"{typed} the data", 5);

        Assert.Contains(repaired, result.Terms);
    }

    [Fact]
    public void OneChangedLetterInAShortWordIsAnotherWordNotATypo()
    {
        // "loser" is one changed letter from the guide's "lower" (DNS time to live values).
        var result = _index.Search("a sore loser", 5);

        Assert.Contains("loser", result.Terms);
        Assert.DoesNotContain("lower", result.Terms);
    }

    [Fact]
    public void RepairKeepsTheFirstLetter()
    {
        var result = _index.Search("xolicy assignments", 5);

        Assert.DoesNotContain("policy", result.Terms);
        Assert.Contains("xolicy", result.Terms);
    }

    [Fact]
    public void VeryLongQuestionIsCutAndSearched()
    {
        var question = string.Concat(Enumerable.Repeat("route 53 hosted zone export ", 800))[..20_000];

        var result = _index.Search(question, 5);

        Assert.True(result.Terms.Count <= GuideIndex.MaxTerms);
        Assert.Equal("services/networking.md#migrate-hosted-zones", result.Hits[0].SectionId);
    }

    [Fact]
    public void ManyDistinctWordsStayWithinTheClauseLimit()
    {
        var question = string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"word{i}"));

        var result = _index.Search(question, 5);

        Assert.Equal(GuideIndex.MaxTerms, result.Terms.Count);
    }

    [Theory]
    [InlineData("title:* OR \"((( AND \\\\ ~ ^")]
    [InlineData("*:* AND body:[a TO z] OR {!lucene}")]
    [InlineData("\"\"\"\"")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!%$#@^&*()")]
    [InlineData("\u0000\u0001\uFFFF\uD800")]
    public void QuerySyntaxAndSymbolsNeverThrow(string question)
    {
        var result = _index.Search(question, 5);

        Assert.NotNull(result);
    }

    [Fact]
    public void CoverageIsTheShareOfKnownMeaningfulTermsTheSectionHolds()
    {
        var result = _index.Search("hosted zone rollback zebra", 5);

        Assert.Equal(["zebra"], result.UnknownTerms);
        var zones = result.Hits.Single(h => h.SectionId == "services/networking.md#migrate-hosted-zones");
        Assert.InRange(zones.Coverage, 0.3, 0.9);
        Assert.DoesNotContain("rollback", zones.MatchedTerms);
    }

    [Fact]
    public void QuestionNamingAPageFindsThatArticlesIntroduction()
    {
        var result = _index.Search("what does the networking page cover", 5);

        Assert.Equal("services/networking.md", result.Hits[0].SectionId);
    }

    [Fact]
    public void QuestionNamingAStepInAnotherFormFindsThatStep()
    {
        // "waves" is said in the assess and migrate steps alike; "assessment" says which.
        var result = _index.Search("waves in the assessment", 5);

        Assert.Equal("journey/assess.md", result.Hits[0].ArticlePath);
    }

    [Theory]
    [InlineData("what are the phases", "phase", "index.md")]
    [InlineData("how do we split apps into move groups", "group", "journey/assess.md#map-dependencies")]
    public void JourneyWordsMatchTheirSynonymsInAnyGuide(string question, string term, string section)
    {
        // The guide says "steps" and "wave", never "phases" or "move groups".
        var result = _index.Search(question, 5);

        Assert.Contains(result.Hits, h => h.SectionId == section && h.MatchedTerms.Contains(term));
    }

    [Fact]
    public void HitHoldingTheQuestionsWordsTogetherSaysSo()
    {
        var result = _index.Search("lower the dns values before cutover", 5);

        var cutover = Assert.Single(result.Hits, h => h.SectionId == "journey/migrate.md#plan-the-cutover-window");
        Assert.True(cutover.PairsTogether > 0);
        Assert.All(result.Hits.Where(h => !h.MatchedTerms.Contains("dns")), h => Assert.True(h.PairsTogether < 1));
    }

    [Fact]
    public void QuestionWithOneKnownWordHasNoPairsToHoldTogether()
    {
        var result = _index.Search("azcopy", 5);

        Assert.All(result.Hits, h => Assert.Equal(-1, h.PairsTogether));
    }

    [Fact]
    public void ShortenedFormOfAGuideWordIsAVariantNotATypo()
    {
        var result = _index.Search("subscript quokka", 5);

        Assert.Contains("subscript", result.Variants);
        Assert.DoesNotContain("quokka", result.Variants);
        Assert.Contains("quokka", result.UnknownTerms);
    }

    [Fact]
    public void SearchReportsWeightsTopicTermsAndGuideSize()
    {
        var result = _index.Search("partition key for quokka tables", 5);

        Assert.Equal(_index.SectionCount, result.SectionCount);
        Assert.True(result.Weights["quokka"] > result.Weights["partition"]);
        Assert.Contains("table", result.TopicTerms);
    }
}
