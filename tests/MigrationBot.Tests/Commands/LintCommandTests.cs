using MigrationBot.Commands;
using MigrationBot.Testing;

namespace MigrationBot.Tests.Commands;

public sealed class LintCommandTests
{
    private static readonly string TocFixture =
        Path.Combine(RepoPaths.Root, "tests", "MigrationBot.Guide.Tests", "TestData", "Parsing", "guides", "toc");

    [Fact]
    public async Task LintPrintsDiagnosticsGroupedByFileThenASummaryAndFailsOnErrors()
    {
        var (code, output, error) = await RunAsync("lint", "--content", TocFixture);

        Assert.Equal(1, code);
        Assert.Empty(error);
        Assert.Equal(
            $"""
            Guide: {TocFixture}

            orphan.md
              1: warning MB022: The article is not in toc.yml, so readers cannot reach it from the table of contents.

            toc.yml
              18: error MB006: The toc entry points at 'missing.md', which does not exist; fix the href (it is relative to the toc).
              20: error MB006: The toc entry points at 'gone/', which does not exist; fix the href (it is relative to the toc).

            2 errors, 1 warning in 4 articles

            """,
            output);
    }

    [Fact]
    public async Task LintOfAGuideWithOnlyWarningsExitsZero()
    {
        var folder = Directory.CreateTempSubdirectory("migrationbot-lint-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "only.md"), "# Only\n\nText without a description.\n", TestContext.Current.CancellationToken);

            var (code, output, _) = await RunAsync("lint", $"--content={folder}");

            Assert.Equal(0, code);
            Assert.Contains("  1: warning MB021:", output, StringComparison.Ordinal);
            Assert.EndsWith("0 errors, 1 warning in 1 article\n", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task GuideWideErrorsAreGroupedUnderTheGuide()
    {
        var folder = Directory.CreateTempSubdirectory("migrationbot-lint-").FullName;
        try
        {
            var (code, output, _) = await RunAsync("lint", "--content", folder);

            Assert.Equal(1, code);
            Assert.Contains("\n(guide)\n  0: error MB011: ", output, StringComparison.Ordinal);
            Assert.EndsWith("1 error, 0 warnings in 0 articles\n", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task WithoutContentLintReadsTheGuideBesideTheExecutable()
    {
        var (_, output, _) = await RunAsync("lint");

        Assert.StartsWith($"Guide: {Path.Combine(AppContext.BaseDirectory, "content")}\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--content")]
    [InlineData("--contents", "x")]
    [InlineData("extra")]
    public async Task BadUsageExitsTwoWithTheUsage(params string[] args)
    {
        var (code, output, error) = await RunAsync(["lint", .. args]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(LintCommand.Usage, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFolderExitsTwoNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));

        var (code, _, error) = await RunAsync("lint", "--content", missing);

        Assert.Equal(2, code);
        Assert.Contains($"'{missing}' does not exist", error, StringComparison.Ordinal);
    }

    internal static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = await CommandLine.RunAsync(args, TextReader.Null, output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
