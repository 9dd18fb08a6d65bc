using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Tests.Support;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class GuideAnswererTests : IDisposable
{
    private readonly GuideAnswerer _aws = new(SampleGuides.AwsToAzure());
    private readonly GuideAnswerer _google = new(SampleGuides.GoogleCloudToAzure());

    public void Dispose()
    {
        _aws.Dispose();
        _google.Dispose();
    }

    [Fact]
    public void QuestionAboutHostedZonesCitesTheNetworkingSection()
    {
        var answer = _aws.Ask("How do I move my Route 53 hosted zones?");

        Assert.False(answer.Declined);
        Assert.Equal("services/networking.md#migrate-hosted-zones", answer.Best!.Section.Id);
        Assert.Equal("Networking services", answer.Best.Article.Title);
        Assert.Equal("https://guide.example/services/networking#migrate-hosted-zones", answer.Best.Section.Url);
        Assert.Same(answer.Best, answer.Results[0]);
    }

    [Fact]
    public void WhatReplacesDynamoDbListsTheDynamoDbRow()
    {
        var answer = _aws.Ask("what replaces DynamoDB");

        var row = Assert.Single(answer.Mappings);
        Assert.Equal("Amazon DynamoDB", row.AwsService);
        Assert.Equal("Azure Cosmos DB", row.AzureService);
        Assert.Equal("services/databases.md", answer.Best!.Article.Path);
    }

    [Fact]
    public void AzureNameFindsItsMappingRowToo()
    {
        var answer = _aws.Ask("is Azure Blob Storage like S3?");

        Assert.Equal("Amazon S3", Assert.Single(answer.Mappings).AwsService);
    }

    [Fact]
    public void TerseChatStyleQuestionIsAnswered()
    {
        var answer = _aws.Ask("ec2 -> azure?");

        Assert.False(answer.Declined);
        Assert.Equal("services/compute.md", answer.Best!.Article.Path);
        Assert.Equal("Amazon EC2", answer.Mappings[0].AwsService);
    }

    [Theory]
    [InlineData("What is the best pizza place in Seattle?")]
    [InlineData("How do I bake sourdough bread?")]
    [InlineData("Who won the football world cup in 2010?")]
    public void QuestionTheAwsGuideDoesNotCoverIsDeclined(string question)
    {
        var answer = _aws.Ask(question);

        Assert.True(answer.Declined);
        Assert.Null(answer.Best);
        Assert.Empty(answer.Results);
        Assert.Empty(answer.Summary);
        Assert.NotEmpty(answer.Closest);
    }

    [Theory]
    [InlineData("How do I migrate Oracle E-Business Suite licenses?")]
    [InlineData("What is the best pizza place in Seattle?")]
    [InlineData("How do I move AWS Lambda functions?")]
    public void QuestionTheGoogleGuideDoesNotCoverIsDeclined(string question)
    {
        var answer = _google.Ask(question);

        Assert.True(answer.Declined);
        Assert.Empty(answer.Results);
    }

    [Theory]
    [InlineData("How do I migrate storage buckets from Google Cloud?")]
    [InlineData("Move Oracle Cloud compute to Azure virtual machines")]
    [InlineData("prepare the landing zone for our IBM Cloud workloads")]
    public void QuestionAboutAnotherSourceCloudIsDeclinedEvenWhenItsWordsMatch(string question)
    {
        Assert.True(_aws.Ask(question).Declined);
    }

    [Theory]
    [InlineData("How do I migrate from Azure to AWS?")]
    [InlineData("move our virtual machines from azure back to ec2")]
    public void QuestionAboutLeavingAzureIsDeclinedEvenWhenItNamesMappedServices(string question)
    {
        Assert.True(_aws.Ask(question).Declined);
    }

    [Fact]
    public void EvidenceExplainsAnAnswerAndADecline()
    {
        var covered = _aws.Examine("lower the DNS time to live before the cutover");
        var uncovered = _aws.Examine("how do I bake sourdough bread");

        Assert.Equal(AnswerRoute.Search, covered.Route);
        Assert.True(covered.Together > 0);
        Assert.Empty(covered.UnknownTerms);
        Assert.Contains("sourdough", uncovered.UnknownTerms);
        Assert.True(DeclineModel.Fitted.Score(covered) < 0);
        Assert.True(DeclineModel.Fitted.Score(uncovered) > 0);
    }

    [Fact]
    public void TheGuidesOwnSourceCloudIsNotForeign()
    {
        Assert.False(_aws.Ask("How do I migrate storage buckets from AWS?").Declined);
        Assert.False(_google.Ask("How do I move Google Kubernetes Engine clusters?").Declined);
    }

    [Fact]
    public void LongChattyQuestionWithFillerWordsIsStillAnswered()
    {
        var answer = _aws.Ask("hey so our team honestly has like a gazillion route 53 hosted zones lying around, whats the least painful way to move them over?");

        Assert.False(answer.Declined);
        Assert.Equal("services/networking.md#migrate-hosted-zones", answer.Best!.Section.Id);
    }

    [Fact]
    public void TheSameGuideAnswersWhatItCovers()
    {
        var answer = _google.Ask("How do I move BigQuery datasets?");

        Assert.False(answer.Declined);
        Assert.Equal("workloads/analytics.md#move-bigquery-datasets", answer.Best!.Section.Id);
    }

    [Fact]
    public void AnswerOffersTheNextStepOfTheBestArticle()
    {
        var answer = _aws.Ask("inventory accounts and regions");

        Assert.Equal("journey/assess.md", answer.Best!.Article.Path);
        Assert.Equal("journey/prepare.md", answer.NextStep!.ArticlePath);
    }

    [Fact]
    public void RelatedSectionsComeFromOtherArticles()
    {
        var answer = _aws.Ask("DNS cutover time to live hosted zones");

        Assert.InRange(answer.Related.Count, 1, 3);
        Assert.DoesNotContain(answer.Related, r => r.Article.Path == answer.Best!.Article.Path);
        Assert.Equal(answer.Related.Count, answer.Related.Select(r => r.Article.Path).Distinct().Count());
    }

    [Fact]
    public void ResultsHoldOneEntryPerSectionUpToTop()
    {
        var answer = _aws.Ask("storage data migration", top: 3);

        Assert.InRange(answer.Results.Count, 1, 3);
        Assert.Equal(answer.Results.Count, answer.Results.Select(r => r.Section.Id).Distinct().Count());
    }

    [Fact]
    public void SummaryQuotesTheMostRelevantSentencesInOrder()
    {
        var answer = _aws.Ask("How do I plan the cutover window and rollback?");

        Assert.Equal("journey/migrate.md#plan-the-cutover-window", answer.Best!.Section.Id);
        Assert.InRange(answer.Summary.Count, 2, 5);
        Assert.True(string.Concat(answer.Summary).Length <= 620);
        var text = answer.Best.Section.Text;
        var positions = answer.Summary.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void VeryLongQuestionIsAnsweredWithoutThrowing()
    {
        var question = new string('x', 10_000) + " hosted zones " + string.Concat(Enumerable.Repeat("$%^&*()[]{}:\"\\ ", 700));

        var answer = _aws.Ask(question);

        Assert.True(answer.Question.Length <= 2000);
    }

    [Theory]
    [InlineData("2", "Prepare")]
    [InlineData("step 2", "Prepare")]
    [InlineData("Step 3: Migrate", "Migrate")]
    [InlineData("prepare", "Prepare")]
    [InlineData("step prepare", "Prepare")]
    [InlineData("ASSESS", "Assess")]
    [InlineData("prep", "Prepare")]
    public void FindStepAcceptsNumbersAndNames(string text, string expected)
    {
        Assert.Equal(expected, _aws.FindStep(text)!.Name);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("step")]
    [InlineData("cook")]
    [InlineData("")]
    public void FindStepReturnsNullForNoSuchStep(string text)
    {
        Assert.Null(_aws.FindStep(text));
    }

    [Fact]
    public void FindSectionByIdReturnsTheSectionWithItsArticle()
    {
        var found = _aws.FindSection("services/storage.md#copy-data-with-azcopy");

        Assert.Equal("Storage services", found!.Article.Title);
        Assert.Equal("Copy data with AzCopy", found.Section.Heading);
        Assert.Equal("services/storage.md", _aws.FindSection("services/storage.md")!.Section.Id);
        Assert.Null(_aws.FindSection("services/storage.md#nowhere"));
    }

    [Theory]
    [InlineData("should we go with bicep or terraform?")]
    [InlineData("Terraform vs Bicep")]
    public void QuestionWeighingTwoMappedServicesFindsTheHeadingThatNamesBoth(string question)
    {
        var guide = new GuideBuilder()
            .Article("services/devops.md", "DevOps services", a => a
                .Intro("Pipelines, repositories and infrastructure as code on Azure.")
                .Mappings("Service mapping", ("AWS CloudFormation", "Bicep, Terraform", "Infrastructure as code"), ("AWS CodePipeline", "Azure Pipelines", "Delivery pipelines"))
                .Section("Convert CloudFormation templates to Bicep", "Decompile nothing: rewrite each template as a Bicep module and compare the deployed resources.")
                .Section("Choose between Bicep and Terraform", "Pick Bicep for Azure-only estates and Terraform when other clouds stay in the picture."),
                ArticleKind.Service, area: "DevOps")
            .Build();
        using var answerer = new GuideAnswerer(guide);

        var answer = answerer.Ask(question);

        Assert.Equal("services/devops.md#choose-between-bicep-and-terraform", answer.Best!.Section.Id);
    }
}

