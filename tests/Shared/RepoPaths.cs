namespace MigrationBot.Testing;

/// <summary>Locations in the repository, found from the test assembly's folder upwards.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds <c>MigrationBot.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The shipped guide.</summary>
    public static string Content => Path.Combine(Root, "content");

    /// <summary>The npm project with the tools the tests drive.</summary>
    public static string NodeTools => Path.Combine(Root, "tests", "node");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MigrationBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No MigrationBot.sln above {AppContext.BaseDirectory}.");
    }
}
