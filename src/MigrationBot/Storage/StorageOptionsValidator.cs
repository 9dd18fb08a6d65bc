using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace MigrationBot.Storage;

/// <summary>Checks <see cref="StorageOptions"/> at start, with messages that name the key to fix.</summary>
public sealed partial class StorageOptionsValidator(StorageEnvironment environment) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        RequirePositive(failures, options.ProcessedActivityRetention, nameof(options.ProcessedActivityRetention));
        RequirePositive(failures, options.LastAnswerRetention, nameof(options.LastAnswerRetention));
        RequirePositive(failures, options.ChecklistRetention, nameof(options.ChecklistRetention));
        RequirePositive(failures, options.FeedbackRetention, nameof(options.FeedbackRetention));
        RequirePositive(failures, options.SweepInterval, nameof(options.SweepInterval));

        StorageProvider provider;
        try
        {
            provider = options.ResolveProvider(environment.RunningInAppService);
        }
        catch (InvalidOperationException e)
        {
            failures.Add(e.Message);
            return ValidateOptionsResult.Fail(failures);
        }

        if (provider == StorageProvider.Sqlite)
        {
            CheckSqlitePath(failures, options);
        }
        else
        {
            CheckTableStorage(failures, options, environment.RunningInAppService);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(List<string> failures, TimeSpan value, string key)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"Storage:{key} must be a positive time span such as '7.00:00:00' (was '{value}').");
        }
    }

    private void CheckSqlitePath(List<string> failures, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            failures.Add("Storage:SqlitePath is empty; give the SQLite file's path, e.g. 'data/migrationbot.db'.");
            return;
        }

        string? path = null;
        try
        {
            path = options.ResolveSqlitePath(environment.ContentRoot);
            var folder = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(folder);
            if (File.Exists(path))
            {
                using var existing = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            }
            else
            {
                var probe = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.probe");
                using var created = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            failures.Add($"Storage:SqlitePath '{options.SqlitePath}' ({path ?? "unresolvable"}) cannot be written: {e.Message}");
        }
    }

    private static void CheckTableStorage(List<string> failures, StorageOptions options, bool runningInAppService)
    {
        if (!TablePrefixPattern().IsMatch(options.TablePrefix ?? string.Empty))
        {
            failures.Add($"Storage:TablePrefix '{options.TablePrefix}' must be 1 to 40 letters or digits, starting with a letter.");
        }

        if (string.IsNullOrWhiteSpace(options.TableConnectionString))
        {
            failures.Add(runningInAppService && string.IsNullOrWhiteSpace(options.Provider)
                ? "Storage:TableConnectionString is required: in Azure App Service the bot keeps its state in Table Storage by default (set Storage:Provider to 'Sqlite' to keep a local file instead)."
                : "Storage:TableConnectionString is required when Storage:Provider is 'TableStorage'.");
            return;
        }

        try
        {
            _ = new TableServiceClient(options.TableConnectionString);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            // The message names what is wrong without echoing the string, which may hold a key.
            failures.Add($"Storage:TableConnectionString is not a valid storage connection string: {e.Message}");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,39}$")]
    private static partial Regex TablePrefixPattern();
}
