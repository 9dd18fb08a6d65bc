using Microsoft.Extensions.Options;
using MigrationBot.Storage;
using MigrationBot.Tests.Support;

namespace MigrationBot.Tests.Storage;

public sealed class StorageOptionsValidatorTests : IDisposable
{
    private const string DevelopmentConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheDefaultsAreValidAndPickSqliteOutsideAzure()
    {
        var options = new StorageOptions();
        Assert.True(Validate(options).Succeeded);
        Assert.Equal(StorageProvider.Sqlite, options.ResolveProvider(runningInAppService: false));
        Assert.Equal(Path.Combine(_folder.Path, "data", "migrationbot.db"), options.ResolveSqlitePath(_folder.Path));
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder.Path, "data")));
    }

    [Fact]
    public void AnEmptyProviderInsideAppServiceMeansTableStorageAndNeedsItsConnectionString()
    {
        var options = new StorageOptions();
        Assert.Equal(StorageProvider.TableStorage, options.ResolveProvider(runningInAppService: true));
        var result = Validate(options, runningInAppService: true);
        Assert.Contains("Storage:TableConnectionString is required: in Azure App Service", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(Validate(new StorageOptions { Provider = "Sqlite" }, runningInAppService: true).Succeeded);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("1")]
    [InlineData("Sqlite3")]
    public void AnUnknownProviderIsRefusedByName(string provider)
    {
        var result = Validate(new StorageOptions { Provider = provider });
        Assert.Equal($"Storage:Provider '{provider}' is not known; use 'Sqlite' or 'TableStorage'.", result.FailureMessage);
    }

    [Theory]
    [InlineData("tablestorage")]
    [InlineData(" TableStorage ")]
    public void TheProviderIsReadWithoutRegardToCaseOrSpaces(string provider) =>
        Assert.Equal(StorageProvider.TableStorage, new StorageOptions { Provider = provider }.ResolveProvider(runningInAppService: false));

    [Fact]
    public void TableStorageWithoutAConnectionStringIsRefused()
    {
        var result = Validate(new StorageOptions { Provider = "TableStorage" });
        Assert.Equal("Storage:TableConnectionString is required when Storage:Provider is 'TableStorage'.", result.FailureMessage);
    }

    [Fact]
    public void AMalformedConnectionStringIsRefusedWithoutBeingEchoed()
    {
        var result = Validate(new StorageOptions { Provider = "TableStorage", TableConnectionString = "AccountKey=secret-value;nonsense" });
        Assert.StartsWith("Storage:TableConnectionString is not a valid storage connection string", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AWellFormedConnectionStringIsAcceptedWithoutContactingTheAccount() =>
        Assert.True(Validate(new StorageOptions { Provider = "TableStorage", TableConnectionString = DevelopmentConnectionString }).Succeeded);

    [Theory]
    [InlineData("")]
    [InlineData("9lives")]
    [InlineData("bot-state")]
    [InlineData("ThisPrefixIsFarTooLongForAnAzureTableName")]
    public void ATablePrefixThatCannotStartATableNameIsRefused(string prefix)
    {
        var result = Validate(new StorageOptions { Provider = "TableStorage", TableConnectionString = DevelopmentConnectionString, TablePrefix = prefix });
        Assert.Equal($"Storage:TablePrefix '{prefix}' must be 1 to 40 letters or digits, starting with a letter.", result.FailureMessage);
    }

    [Fact]
    public void AnSqlitePathThatCannotBeWrittenIsRefused()
    {
        var file = Path.Combine(_folder.Path, "a-file");
        File.WriteAllText(file, "not a folder");
        var result = Validate(new StorageOptions { SqlitePath = "a-file/state.db" });
        Assert.StartsWith($"Storage:SqlitePath 'a-file/state.db' ({Path.Combine(file, "state.db")}) cannot be written:", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptySqlitePathIsRefused() =>
        Assert.StartsWith("Storage:SqlitePath is empty", Validate(new StorageOptions { SqlitePath = " " }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void EveryNonPositivePeriodIsNamed()
    {
        var result = Validate(new StorageOptions
        {
            ProcessedActivityRetention = TimeSpan.Zero,
            LastAnswerRetention = TimeSpan.FromDays(-1),
            ChecklistRetention = TimeSpan.Zero,
            FeedbackRetention = TimeSpan.Zero,
            SweepInterval = TimeSpan.Zero,
        });
        Assert.Equal(
            ["ProcessedActivityRetention", "LastAnswerRetention", "ChecklistRetention", "FeedbackRetention", "SweepInterval"],
            result.Failures!.Select(f => f.Split(' ')[0]["Storage:".Length..]));
    }

    private ValidateOptionsResult Validate(StorageOptions options, bool runningInAppService = false) =>
        new StorageOptionsValidator(new StorageEnvironment(_folder.Path, runningInAppService)).Validate(null, options);
}
