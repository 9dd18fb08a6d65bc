using MigrationBot.Guide.Search;

namespace MigrationBot.Guide.Tests.Search;

public sealed class ServiceNamesTests
{
    [Fact]
    public void VendorPrefixIsOptional()
    {
        Assert.Equal(["Amazon S3", "S3"], ServiceNames.Aliases("Amazon S3"));
        Assert.Equal(["Azure Cosmos DB", "Cosmos DB"], ServiceNames.Aliases("Azure Cosmos DB"));
    }

    [Fact]
    public void OrdinaryWordIsNotAServiceNameOnItsOwn()
    {
        Assert.Equal(["Azure Functions"], ServiceNames.Aliases("Azure Functions"));
        Assert.Equal(["AWS Backup"], ServiceNames.Aliases("AWS Backup"));
    }

    [Fact]
    public void LoneLowerCaseWordSplitOffADescriptionIsNotAName()
    {
        Assert.Equal(["IAM role attached to an instance"], ServiceNames.Aliases("IAM role attached to an instance or function"));
        Assert.Equal(["Subscription"], ServiceNames.Aliases("Subscription"));
    }

    [Fact]
    public void CellWithSeveralServicesGivesEach()
    {
        var aliases = ServiceNames.Aliases("Azure SQL Database / Azure Database for PostgreSQL (flexible server)");

        Assert.Contains("Azure SQL Database", aliases);
        Assert.Contains("Azure Database for PostgreSQL", aliases);
        Assert.DoesNotContain(aliases, a => a.Contains("flexible", StringComparison.Ordinal));
    }

    [Fact]
    public void AcronymInParenthesesIsAName()
    {
        var aliases = ServiceNames.Aliases("AWS Identity and Access Management (IAM)");

        Assert.Contains("IAM", aliases);
        Assert.Contains("AWS Identity and Access Management", aliases);
    }
}
