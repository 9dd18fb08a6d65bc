using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MigrationBot.Storage;
using MigrationBot.Tests.Support;

namespace MigrationBot.Tests.Storage;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WithoutSettingsTheStoreIsAnSqliteFileUnderTheContentRoot()
    {
        await using var services = Build([]);
        var store = Assert.IsType<SqliteBotStore>(services.GetRequiredService<IBotStore>());
        Assert.Equal(Path.Combine(_folder.Path, "data", "migrationbot.db"), store.DatabasePath);
        Assert.Same(store, services.GetRequiredService<IBotStore>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s is RetentionSweepService);

        await store.SaveLastAnswerAsync(new ConversationKey("19:chat"), new LastAnswer("q", "s", [], null, null), TestContext.Current.CancellationToken);
        Assert.True(File.Exists(store.DatabasePath));
    }

    [Fact]
    public async Task TheStorageSectionChoosesTableStorage()
    {
        await using var services = Build(new()
        {
            ["Storage:Provider"] = "TableStorage",
            ["Storage:TableConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:TablePrefix"] = "Pilot",
            ["Storage:LastAnswerRetention"] = "2.00:00:00",
        });
        Assert.IsType<TableBotStore>(services.GetRequiredService<IBotStore>());
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        Assert.Equal(("Pilot", TimeSpan.FromDays(2)), (options.TablePrefix, options.LastAnswerRetention));
    }

    [Fact]
    public async Task BadSettingsStopTheStartWithTheirMessage()
    {
        await using var services = Build(new() { ["Storage:Provider"] = "TableStorage" });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Storage:TableConnectionString is required", error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new StorageEnvironment(_folder.Path, RunningInAppService: false));
        services.AddBotStore(configuration);
        return services.BuildServiceProvider();
    }
}
