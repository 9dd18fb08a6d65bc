namespace MigrationBot.Storage;

/// <summary>Where and for how long the bot keeps its state. Bound from the <c>Storage</c> section.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage";

    /// <summary>
    /// <c>Sqlite</c> or <c>TableStorage</c>. Left empty, it is <c>TableStorage</c> inside Azure App Service
    /// (whose shared file system is no place for SQLite) and <c>Sqlite</c> everywhere else.
    /// </summary>
    public string? Provider { get; set; }

    /// <summary>The SQLite file; a relative path is under the content root. Default <c>data/migrationbot.db</c>.</summary>
    public string SqlitePath { get; set; } = "data/migrationbot.db";

    /// <summary>The storage account's connection string; required for <c>TableStorage</c>.</summary>
    public string? TableConnectionString { get; set; }

    /// <summary>Prefix of the table names (letters and digits, starting with a letter). Default <c>MigrationBot</c>.</summary>
    public string TablePrefix { get; set; } = "MigrationBot";

    /// <summary>
    /// How long a processed activity id is remembered. Default 1 day: the Bot Connector re-delivers within minutes,
    /// so a day is ample and keeps the table small.
    /// </summary>
    public TimeSpan ProcessedActivityRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How long <c>next</c> and <c>more</c> can go on from the last answer. Default 7 days: a working week's conversation,
    /// after which the user asks afresh.
    /// </summary>
    public TimeSpan LastAnswerRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a card's checklist progress is kept after its last change. Default 180 days: a migration runs for months,
    /// and a card untouched for half a year belongs to a finished or abandoned one.
    /// </summary>
    public TimeSpan ChecklistRetention { get; set; } = TimeSpan.FromDays(180);

    /// <summary>How long feedback is kept. Default 180 days: two content review cycles of the guide.</summary>
    public TimeSpan FeedbackRetention { get; set; } = TimeSpan.FromDays(180);

    /// <summary>How often the background sweep deletes expired records. Default 1 hour.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The provider in force: the configured one, or the default for where the app runs.</summary>
    /// <param name="runningInAppService">Whether the app runs in Azure App Service.</param>
    public StorageProvider ResolveProvider(bool runningInAppService)
    {
        if (string.IsNullOrWhiteSpace(Provider))
        {
            return runningInAppService ? StorageProvider.TableStorage : StorageProvider.Sqlite;
        }

        var name = Provider.Trim();
        return !char.IsDigit(name[0]) && Enum.TryParse<StorageProvider>(name, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"Storage:Provider '{Provider}' is not known; use 'Sqlite' or 'TableStorage'.");
    }

    /// <summary>The SQLite file's full path, a relative <see cref="SqlitePath"/> taken from <paramref name="contentRoot"/>.</summary>
    public string ResolveSqlitePath(string contentRoot) => Path.GetFullPath(SqlitePath, contentRoot);
}
