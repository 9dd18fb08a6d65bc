namespace MigrationBot.Commands;

/// <summary>
/// Where a command finds the guide: <c>--content DIR</c> when given; else the <c>content</c> folder next to the
/// executable (the build copies the shipped guide there, so <c>dotnet run --project src/MigrationBot -- lint</c>
/// from the repository root finds it); else <c>content</c> in the current folder.
/// </summary>
public static class ContentFolder
{
    public const string Name = "content";

    public static string Find(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        var besideExecutable = Path.Combine(AppContext.BaseDirectory, Name);
        return Directory.Exists(besideExecutable) ? besideExecutable : Path.GetFullPath(Name);
    }
}
