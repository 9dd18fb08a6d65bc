using MigrationBot.Guide.Parsing;

namespace MigrationBot.Guide.Tests.Parsing;

public sealed class JourneyWordsTests
{
    [Theory]
    [InlineData("Plan your migration from AWS", "Plan")]
    [InlineData("1. Assess your AWS estate", "Assess")]
    [InlineData("Step 3: Prepare the landing zone", "Prepare")]
    [InlineData("Cut over to Azure", "Cut over")]
    [InlineData("cutover", "Cutover")]
    [InlineData("Planning the waves", "Planning")]
    [InlineData("optimize-costs", "Optimize")]
    [InlineData("Decommission AWS resources", "Decommission")]
    [InlineData("Operate and optimize the new platform", "Operate")]
    [InlineData("Migration overview", null)]
    [InlineData("Reference architecture", null)]
    [InlineData("Why plan at all", null)]
    public void LeadingStepIsTheGuidesOwnWord(string title, string? expected) =>
        Assert.Equal(expected, JourneyWords.LeadingStep(title));

    [Theory]
    [InlineData("Migrate storage from AWS to Azure", "Storage")]
    [InlineData("Storage", "Storage")]
    [InlineData("migrate-compute-from-aws", "Compute")]
    [InlineData("Migrate your AWS databases to Azure", "Databases")]
    [InlineData("Networking and content delivery", "Networking and content delivery")]
    [InlineData("AI and machine learning", "AI and machine learning")]
    [InlineData("Identity and access", "Identity and access")]
    [InlineData("Migrate workloads and cut over", null)]
    [InlineData("Design the Azure target", null)]
    [InlineData("AWS to Azure migration guide", null)]
    public void AreaIsTheSubjectWhenItNamesAServiceArea(string title, string? expected) =>
        Assert.Equal(expected, JourneyWords.Area(title, anywhere: false));

    [Theory]
    [InlineData("Move Amazon S3 objects to Azure Blob Storage", "Storage")]
    [InlineData("Amazon RDS for PostgreSQL on Azure Database for PostgreSQL", "Databases")]
    [InlineData("Get access to the portal", null)]
    public void StrongAreaWordsCountAnywhereWhenAsked(string title, string? expected) =>
        Assert.Equal(expected, JourneyWords.Area(title, anywhere: true));

    [Theory]
    [InlineData("Migrate workloads from AWS: overview", true)]
    [InlineData("migrate-workload-from-aws-introduction", true)]
    [InlineData("Get started", true)]
    [InlineData("Plan your migration", false)]
    public void OverviewsAreRecognized(string title, bool expected) =>
        Assert.Equal(expected, JourneyWords.IsOverview(title));

    [Theory]
    [InlineData("Plan", true)]
    [InlineData("Assess and plan", true)]
    [InlineData("2. Cut over", true)]
    [InlineData("Migrate workloads from AWS", false)]
    [InlineData("Migrate services", false)]
    [InlineData("Reference", false)]
    public void StepNamesAreMadeOfStepWordsAlone(string name, bool expected) =>
        Assert.Equal(expected, JourneyWords.IsStepName(name));

    [Theory]
    [InlineData("Data platform migration FAQ", true)]
    [InlineData("Frequently asked questions", true)]
    [InlineData("Glossary of data platform terms", true)]
    [InlineData("Troubleshoot deployment errors", true)]
    [InlineData("Migrate a data warehouse", false)]
    public void ReferencePagesAreRecognized(string title, bool expected) =>
        Assert.Equal(expected, JourneyWords.IsReference(title));
}
