using MigrationBot.Guide.Answering;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class MigrationDirectionTests
{
    [Theory]
    [InlineData("how do I migrate from azure to google cloud")]
    [InlineData("How to move workloads from Azure back on premises")]
    [InlineData("we want to switch our apps from Microsoft Azure to AWS")]
    [InlineData("repatriating workloads out of azure into our own datacenter")]
    public void QuestionAboutLeavingAzureIsRecognized(string question)
    {
        Assert.True(MigrationDirection.LeavesAzure(question));
    }

    [Theory]
    [InlineData("how do I migrate from AWS to Azure")]
    [InlineData("cutover went badly, how do we roll back to aws")]
    [InlineData("how does azure backup differ from aws backup")]
    [InlineData("make the files reachable from Azure to the bucket")]
    [InlineData("open network paths from Azure to the source")]
    public void QuestionAboutArrivingInAzureIsNot(string question)
    {
        Assert.False(MigrationDirection.LeavesAzure(question));
    }
}
