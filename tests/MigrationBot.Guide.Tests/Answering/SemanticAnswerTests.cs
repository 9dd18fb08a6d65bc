using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Tests.Support;

namespace MigrationBot.Guide.Tests.Answering;

/// <summary>Answers with the real sentence model beside the lexical index.</summary>
public sealed class SemanticAnswerTests : IDisposable
{
    private static readonly MigrationGuide Guide = SampleGuides.AwsToAzure();

    private readonly GuideAnswerer _lexical = new(Guide);
    private readonly GuideAnswerer _semantic = new(Guide, semantic: SharedSemanticModel.Instance);

    [Fact]
    public void DoubtfulQuestionIsAnsweredFromTheSectionNearestInMeaning()
    {
        const string question = "where do the files from our buckets end up";

        Assert.True(_lexical.Ask(question).Declined);
        var answer = _semantic.Ask(question);

        Assert.False(answer.Declined);
        Assert.Equal("services/storage.md#object-storage-tiers", answer.Best!.Section.Id);
        Assert.Equal(1, _semantic.SemanticConsultations);
    }

    [Theory]
    [InlineData("how to bake a sourdough bread")]
    [InlineData("what is the capital of france")]
    public void OffTopicQuestionIsStillDeclined(string question)
    {
        Assert.True(_semantic.Ask(question).Declined);
    }

    [Theory]
    [InlineData("What replaces DynamoDB?")]
    [InlineData("step 2")]
    public void QuestionTheGuidesStructureAnswersDoesNotConsultTheModel(string question)
    {
        var answer = _semantic.Ask(question);

        Assert.False(answer.Declined);
        Assert.Equal(0, _semantic.SemanticConsultations);
    }

    [Fact]
    public void EvidenceCarriesTheNearestSectionsSimilarity()
    {
        var near = _semantic.Examine("how do we copy objects from s3 into a container").Similarity;
        var far = _semantic.Examine("what is the capital of france").Similarity;

        Assert.NotNull(near);
        Assert.NotNull(far);
        Assert.True(near > 0.5, $"near {near}");
        Assert.True(far < 0.25, $"far {far}");
        Assert.Null(_lexical.Examine("how do we copy objects from s3 into a container").Similarity);
    }

    [Fact]
    public void ConsultingTheModelFromManyThreadsGivesTheSameAnswers()
    {
        string[] questions = ["where do the files from our buckets end up", "how to bake a sourdough bread", "which workloads talk to each other"];
        var expected = questions.Select(q => Describe(_semantic.Ask(q))).ToArray();
        var answers = new string[questions.Length * 40];

        Parallel.For(0, answers.Length, i => answers[i] = Describe(_semantic.Ask(questions[i % questions.Length])));

        Assert.All(Enumerable.Range(0, answers.Length), i => Assert.Equal(expected[i % questions.Length], answers[i]));
        Assert.True(_semantic.SemanticConsultations > answers.Length / 2);
    }

    private static string Describe(Answer answer) =>
        answer.Declined ? "declined" : string.Join(",", answer.Results.Select(r => r.Section.Id));

    public void Dispose()
    {
        _lexical.Dispose();
        _semantic.Dispose();
    }
}
