namespace MigrationBot.Storage;

/// <summary>Where the app runs, as far as choosing and placing the store goes.</summary>
/// <param name="ContentRoot">The folder a relative <see cref="StorageOptions.SqlitePath"/> is taken from.</param>
/// <param name="RunningInAppService">Whether the app runs in Azure App Service (<c>WEBSITE_INSTANCE_ID</c> is set).</param>
public sealed record StorageEnvironment(string ContentRoot, bool RunningInAppService)
{
    /// <summary>The environment of this process: the host's content root, or the app's folder without a host.</summary>
    public static StorageEnvironment Detect(IHostEnvironment? host) => new(
        host?.ContentRootPath ?? AppContext.BaseDirectory,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WEBSITE_INSTANCE_ID")));
}
