using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Embeddings;
using MigrationBot.Guide.Tests.Support;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class SemanticFusionTests
{
    private const string Tiers = "services/storage.md#object-storage-tiers";
    private const string AzCopy = "services/storage.md#copy-data-with-azcopy";
    private const string Cutover = "journey/migrate.md#plan-the-cutover-window";

    private static readonly MigrationGuide Guide = SampleGuides.AwsToAzure();

    [Fact]
    public void CloseLexicalHitsAreReorderedByMeaning()
    {
        var fusion = new SemanticFusion { Weight = 0.3, Depth = 3 };
        List<AnswerSection> lexical = [Find(Tiers, 10), Find(AzCopy, 9.5)];

        var ranked = fusion.Rank(lexical, Matches((AzCopy, 0.8), (Tiers, 0.4), (Cutover, 0.2)), FindSection);

        Assert.Equal(AzCopy, ranked[0].Section.Id);
    }

    [Fact]
    public void ClearLexicalWinnerKeepsItsPlace()
    {
        var fusion = new SemanticFusion { Weight = 0.15, Depth = 3 };
        List<AnswerSection> lexical = [Find(Tiers, 10), Find(AzCopy, 5)];

        var ranked = fusion.Rank(lexical, Matches((AzCopy, 0.8), (Tiers, 0.4), (Cutover, 0.2)), FindSection);

        Assert.Equal(Tiers, ranked[0].Section.Id);
    }

    [Fact]
    public void NearSectionTheLexicalLegMissedJoinsTheResults()
    {
        var fusion = new SemanticFusion { Weight = 0.3, Depth = 2 };
        List<AnswerSection> lexical = [Find(Tiers, 10)];

        var ranked = fusion.Rank(lexical, Matches((Cutover, 0.7), (Tiers, 0.5), (AzCopy, 0.1)), FindSection);

        Assert.Equal([Tiers, Cutover], ranked.Select(h => h.Section.Id));
    }

    [Fact]
    public void ZeroWeightLeavesTheLexicalRanking()
    {
        var fusion = new SemanticFusion { Weight = 0 };
        List<AnswerSection> lexical = [Find(Tiers, 10), Find(AzCopy, 9.9)];

        Assert.Same(lexical, fusion.Rank(lexical, Matches((AzCopy, 0.9), (Tiers, 0.1)), FindSection));
    }

    [Fact]
    public void ConfidentLexicalAnswerDoesNotConsultTheModel()
    {
        var fusion = new SemanticFusion();
        var policy = new DeclinePolicy { Model = new DeclineModel(-5, new Dictionary<string, double>()) };

        Assert.False(fusion.Consults(TestEvidence.Blank() with { Margin = 0.6 }, policy));
    }

    [Fact]
    public void DoubtfulDeclineConsultsTheModel()
    {
        var policy = new DeclinePolicy { Model = new DeclineModel(0.5, new Dictionary<string, double>()) };

        Assert.True(new SemanticFusion().Consults(TestEvidence.Blank() with { Margin = 0.6 }, policy));
    }

    [Fact]
    public void CloseRankingConsultsTheModelEvenWhenTheDecisionIsClear()
    {
        var policy = new DeclinePolicy { Model = new DeclineModel(-5, new Dictionary<string, double>()) };

        Assert.True(new SemanticFusion { ClearLead = 0.3 }.Consults(TestEvidence.Blank() with { Margin = 0.1 }, policy));
    }

    [Theory]
    [InlineData(AnswerRoute.Definition)]
    [InlineData(AnswerRoute.Step)]
    [InlineData(AnswerRoute.Mapping)]
    public void QuestionAnsweredByTheGuidesStructureDoesNotConsultTheModel(AnswerRoute route)
    {
        Assert.False(new SemanticFusion().Consults(TestEvidence.Blank(route) with { Margin = 0 }, new DeclinePolicy()));
    }

    [Fact]
    public void QuestionARuleDeclinesDoesNotConsultTheModel()
    {
        Assert.False(new SemanticFusion().Consults(TestEvidence.Blank() with { Margin = 0, NamesOtherPlatform = true }, new DeclinePolicy()));
    }

    private static AnswerSection? FindSection(string id) =>
        Guide.FindSection(id) is { } section ? new AnswerSection(Guide.FindArticle(section.ArticlePath)!, section, 0) : null;

    private static AnswerSection Find(string id, double score) => FindSection(id)! with { Score = score };

    private static SemanticMatches Matches(params (string Id, double Similarity)[] nearest)
    {
        var positions = nearest.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var hits = nearest.Select(n => new SemanticHit(n.Id, n.Id.Split('#')[0], n.Similarity)).ToList();
        return new SemanticMatches(hits, positions, nearest.Select(n => (float)n.Similarity).ToArray());
    }
}
