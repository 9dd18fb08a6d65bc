namespace MigrationBot.Guide.Answering.Quality;

/// <summary>
/// Finds question sets and their guides. A set's file name names its guide: <c>shipped</c> is the repository's
/// <c>content/</c>; any other name is <c>bench/guides/NAME/</c>, else the test fixture guide of that name.
/// </summary>
public static class QuestionSets
{
    /// <summary>Every <c>*.jsonl</c> under a folder (or the one file given) whose guide exists, ordered by name.</summary>
    public static IReadOnlyList<QuestionSet> Discover(string questionsPath, string repoRoot)
    {
        ArgumentNullException.ThrowIfNull(questionsPath);
        ArgumentNullException.ThrowIfNull(repoRoot);
        string[] files;
        string folder;
        if (File.Exists(questionsPath))
        {
            files = [Path.GetFullPath(questionsPath)];
            folder = Path.GetDirectoryName(files[0])!;
        }
        else if (Directory.Exists(questionsPath))
        {
            folder = Path.GetFullPath(questionsPath);
            files = Directory.GetFiles(folder, "*.jsonl", SearchOption.AllDirectories);
        }
        else
        {
            return [];
        }

        var sets = new List<QuestionSet>();
        foreach (var file in files)
        {
            var name = Path.ChangeExtension(Path.GetRelativePath(folder, file), null).Replace('\\', '/');
            var guide = ResolveGuide(Path.GetFileNameWithoutExtension(file), repoRoot);
            if (guide is not null)
            {
                sets.Add(new QuestionSet(name, file, guide));
            }
        }

        return sets.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The guide folder a question set name stands for, or null when there is none.</summary>
    public static string? ResolveGuide(string name, string repoRoot)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(repoRoot);
        string[] candidates = name == "shipped"
            ? [Path.Combine(repoRoot, "content")]
            : [
                Path.Combine(repoRoot, "bench", "guides", name),
                Path.Combine(repoRoot, "tests", "MigrationBot.Guide.Tests", "TestData", "Guides", name),
            ];
        return candidates.FirstOrDefault(Directory.Exists);
    }

    /// <summary>The folder holding <c>MigrationBot.sln</c> above a path, else the current folder.</summary>
    public static string RepoRootAbove(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        for (var dir = new DirectoryInfo(Path.GetFullPath(path)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MigrationBot.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
