using Azure.Data.Tables;
using MigrationBot.Storage;
using MigrationBot.Tests.Support;

namespace MigrationBot.Tests.Storage;

/// <summary>The store contract on Table Storage, served by Azurite; each test has tables of its own.</summary>
public sealed class TableBotStoreTests : BotStoreContractTests, IClassFixture<AzuriteFixture>
{
    public TableBotStoreTests(AzuriteFixture azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        Options.TableConnectionString = azurite.ConnectionString;
        Options.TablePrefix = "T" + Guid.NewGuid().ToString("N")[..12];
    }

    protected override IBotStore CreateStore() => new TableBotStore(Options, Time);

    protected override void InterruptAfterFirstStep(IBotStore store) =>
        ((TableBotStore)store).StepCompleted = _ => throw new SimulatedCrashException();

    [Fact]
    public async Task KeysAreHashesAndTheOriginalIdsAreKeptInProperties()
    {
        await Store.SaveInstallationAsync(Reference(PersonalChat, ConversationKind.Personal), null, Ct);
        var table = new TableServiceClient(Options.TableConnectionString).GetTableClient(Options.TablePrefix + "Installations");
        var entity = Assert.Single(await table.QueryAsync<TableEntity>(cancellationToken: Ct).ToListAsync(Ct));
        Assert.Matches("^[0-9a-f]{64}$", entity.PartitionKey);
        Assert.Equal(PersonalChat.ConversationId, entity.GetString("ConversationId"));
    }

    [Fact]
    public async Task AQueryOfKeysOnlyStillReturnsTheETagTheSweepDeletesOn()
    {
        await Store.SaveLastAnswerAsync(GroupChat, new LastAnswer("q", "s", [], null, null), Ct);
        var table = new TableServiceClient(Options.TableConnectionString).GetTableClient(Options.TablePrefix + "Answers");
        var keys = Assert.Single(await table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: Ct).ToListAsync(Ct));
        var full = await table.GetEntityAsync<TableEntity>(keys.PartitionKey, keys.RowKey, cancellationToken: Ct);
        Assert.NotEqual(default, keys.ETag);
        Assert.Equal(full.Value.ETag, keys.ETag);
    }

    [Fact]
    public async Task TablesAreNamedWithThePrefix()
    {
        await Store.InitializeAsync(Ct);
        var service = new TableServiceClient(Options.TableConnectionString);
        var names = await service.QueryAsync(t => t.Name.CompareTo(Options.TablePrefix) >= 0, cancellationToken: Ct)
            .Select(t => t.Name).Where(n => n.StartsWith(Options.TablePrefix, StringComparison.Ordinal)).ToListAsync(Ct);
        Assert.Equal(
            new[] { "Activities", "Answers", "Checklists", "Feedback", "Installations" }.Select(n => Options.TablePrefix + n),
            names.Order(StringComparer.Ordinal));
    }
}
