using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Tests.Support;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class AnswerEngineTests
{
    [Fact]
    public void ReplaceSwapsTheGuideForLaterQuestions()
    {
        var engine = new AnswerEngine(SampleGuides.AwsToAzure());
        Assert.False(engine.Ask("Route 53 hosted zones").Declined);

        engine.Replace(SampleGuides.GoogleCloudToAzure());

        Assert.Equal("Migrate from Google Cloud to Azure", engine.Guide.Articles[0].Title);
        Assert.Equal("workloads/containers.md", engine.Ask("move GKE clusters").Best!.Article.Path);
    }

    [Fact]
    public async Task QuestionsDuringSwapsAreAnsweredWhollyFromOneGuide()
    {
        var aws = SampleGuides.AwsToAzure();
        var google = SampleGuides.GoogleCloudToAzure();
        var engine = new AnswerEngine(aws);
        using var stop = new CancellationTokenSource();
        var failures = 0;
        var answered = 0;

        var askers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                // Both guides answer this; the results must all come from one of them.
                var answer = engine.Ask("migrate to Azure");
                var guides = answer.Results.Select(r => ReferenceEquals(aws.FindArticle(r.Article.Path), r.Article) ? "aws" : "google").Distinct().Count();
                if (answer.Declined || guides != 1)
                {
                    Interlocked.Increment(ref failures);
                }

                Interlocked.Increment(ref answered);
            }
        })).ToList();

        for (var i = 0; i < 20; i++)
        {
            engine.Replace(i % 2 == 0 ? google : aws);
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        await stop.CancelAsync();
        await Task.WhenAll(askers);

        Assert.Equal(0, failures);
        Assert.True(answered > 20);
    }
}
