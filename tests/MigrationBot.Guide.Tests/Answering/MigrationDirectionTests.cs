using MigrationBot.Guide.Answering;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class MigrationDirectionTests
{
    [Theory]
    [InlineData("how do I migrate from azure to google cloud")]
    [InlineData("How to move workloads from Azure back on premises")]
    [InlineData("we want to switch our apps from Microsoft Azure to AWS")]
    [InlineData("repatriating workloads out of azure into our own datacenter")]
    [InlineData("how do we move our heroku apps to AWS instead")]
    [InlineData("migrate s3 buckets to google cloud storage")]
    [InlineData("How do I migrate SAP HANA from on-premises to Oracle Cloud?")]
    [InlineData("upgrade sql server 2016 to 2022 in place on the same on-prem server")]
    [InlineData("upgrade CDH 6 to CDP private cloud base, staying on premises")]
    public void QuestionAboutLeavingAzureOrGoingElsewhereIsRecognized(string question)
    {
        Assert.True(MigrationDirection.AwayFromAzure(question));
    }

    [Theory]
    [InlineData("how do I migrate from AWS to Azure")]
    [InlineData("cutover went badly, how do we roll back to aws")]
    [InlineData("how does azure backup differ from aws backup")]
    [InlineData("make the files reachable from Azure to the bucket")]
    [InlineData("open network paths from Azure to the source")]
    [InlineData("if the migration fails, how do we move back to aws")]
    [InlineData("move the DNS records from AWS to Azure DNS")]
    [InlineData("how do we port our gcp terraform modules to azure")]
    [InlineData("can we upgrade the node pools in place after the move?")]
    [InlineData("upgrade sql server 2016 in place on the same server before moving it to azure")]
    public void QuestionAboutArrivingInAzureIsNot(string question)
    {
        Assert.False(MigrationDirection.AwayFromAzure(question));
    }
}
