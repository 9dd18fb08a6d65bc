using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Tests.Support;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class CounterpartTablesTests : IDisposable
{
    private readonly GuideAnswerer _oracle = new(new GuideBuilder()
        .Article("overview.md", "Move from Oracle Cloud to Azure", a => a
            .Intro("How to plan a move of Oracle Cloud workloads to Azure.")
            .Section("Plan the waves", "Group workloads into waves and move the simplest first."))
        .Article("compute.md", "Compute and containers", a => a
            .Intro("Move instances, container instances and the registry.")
            .Table("Compute services and their Azure equivalents", "OCI service | Azure equivalent | Notes",
                "Compute instances | Azure Virtual Machines | Shapes map to VM sizes",
                "Container Instances | Azure Container Instances | Serverless containers",
                "Container Registry (OCIR) | Azure Container Registry | Push images again")
            .Section("Move container images", "Pull each image from OCIR and push it to the registry with the same tags.")
            .Section("Resize instances", "Pick a VM size from the measured utilization of each instance."))
        .Article("network.md", "Networking", a => a
            .Intro("Virtual cloud networks, gateways and load balancers.")
            .Section("Connect the clouds", "Use the interconnect between the regions while workloads move."))
        .Build());

    public void Dispose() => _oracle.Dispose();

    [Theory]
    [InlineData("OCIR equivalent on azure?")]
    [InlineData("container registry -> azure")]
    [InlineData("what's the azure replacement for container instances")]
    public void BareCounterpartQuestionIsAnsweredByTheComparisonTable(string question)
    {
        var answer = _oracle.Ask(question);

        Assert.False(answer.Declined);
        Assert.Equal("compute.md#compute-services-and-their-azure-equivalents", answer.Best!.Section.Id);
    }

    [Fact]
    public void QuestionAboutDoingSomethingWithTheServiceKeepsItsSection()
    {
        var answer = _oracle.Ask("how do I push our OCIR images with the same tags");

        Assert.Equal("compute.md#move-container-images", answer.Best!.Section.Id);
    }
}
