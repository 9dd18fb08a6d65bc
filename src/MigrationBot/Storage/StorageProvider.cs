namespace MigrationBot.Storage;

/// <summary>Which store keeps the bot's state.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file: one instance on one machine.</summary>
    Sqlite,

    /// <summary>Azure Table Storage: any number of instances behind a load balancer.</summary>
    TableStorage,
}
