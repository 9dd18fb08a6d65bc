namespace MigrationBot.Testing;

/// <summary>
/// Finds the machine's Chromium. A browser test skips, saying why, only when Chromium is missing and
/// <c>REQUIRE_BROWSER</c> is not set; CI sets it, so there a missing browser fails the test.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>The browser's path; skips or fails the current test when there is none.</summary>
    public static string RequirePath()
    {
        var found = Candidates.FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }

        const string Why = "Chromium is not installed (apt-get install chromium).";
        if (Environment.GetEnvironmentVariable("REQUIRE_BROWSER") == "1")
        {
            throw new InvalidOperationException(Why + " REQUIRE_BROWSER=1 forbids skipping browser tests.");
        }

        Assert.Skip(Why);
        return string.Empty;
    }
}
