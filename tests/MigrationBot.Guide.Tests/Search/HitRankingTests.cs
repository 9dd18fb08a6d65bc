using MigrationBot.Guide.Search;
using MigrationBot.Guide.Tests.Support;

namespace MigrationBot.Guide.Tests.Search;

public sealed class HitRankingTests
{
    private readonly HitRanking _ranking = new(GuideRoles.Of(SampleGuides.AwsToAzure(), _ => false));

    [Fact]
    public void HeadingThatSaysTheQuestionLiftsASectionAboveABetterBodyMatch()
    {
        SearchHit[] hits = [Hit("services/storage.md#object-storage-tiers", 10), Hit("services/storage.md#copy-data-with-azcopy", 9)];

        var ranked = _ranking.Rank(hits, [0.0, 0.8], QuestionCues.Of("copy data with azcopy")).ToList();

        Assert.Equal("services/storage.md#copy-data-with-azcopy", ranked[0].SectionId);
    }

    [Fact]
    public void QuestionNamingAPageLiftsIntroductions()
    {
        SearchHit[] hits = [Hit("services/storage.md#object-storage-tiers", 10), Hit("services/storage.md", 7)];

        var page = _ranking.Rank(hits, [0.0, 0.0], QuestionCues.Of("what does the storage page cover")).ToList();
        var topic = _ranking.Rank(hits, [0.0, 0.0], QuestionCues.Of("storage tiers")).ToList();

        Assert.Equal("services/storage.md", page[0].SectionId);
        Assert.Equal("services/storage.md#object-storage-tiers", topic[0].SectionId);
    }

    [Fact]
    public void QuestionNamingAStepLiftsThatStepsSections()
    {
        SearchHit[] hits = [Hit("services/storage.md#copy-data-with-azcopy", 10), Hit("journey/assess.md#inventory-your-accounts", 7)];

        var ranked = _ranking.Rank(hits, [0.0, 0.0], QuestionCues.Of("what do we list during the assessment")).ToList();

        Assert.Equal("journey/assess.md#inventory-your-accounts", ranked[0].SectionId);
    }

    [Fact]
    public void OtherMatchingSectionsOfAnArticleLiftEachOfThem()
    {
        SearchHit[] hits =
        [
            Hit("services/compute.md#size-virtual-machines", 10),
            Hit("services/storage.md#copy-data-with-azcopy", 9.5),
            Hit("services/storage.md#object-storage-tiers", 6),
        ];

        var ranked = _ranking.Rank(hits, [0.0, 0.0, 0.0], QuestionCues.Of("copy objects")).ToList();

        Assert.Equal("services/storage.md#copy-data-with-azcopy", ranked[0].SectionId);
    }

    private static SearchHit Hit(string sectionId, double score) =>
        new(sectionId, sectionId.Split('#')[0], score, 1, 1, []);
}
