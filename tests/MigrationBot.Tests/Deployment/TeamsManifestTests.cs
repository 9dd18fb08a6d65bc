using System.Buffers.Binary;
using System.Text.Json;
using MigrationBot.Testing;

namespace MigrationBot.Tests.Deployment;

public sealed class TeamsManifestTests
{
    private static readonly string TeamsFolder = Path.Combine(RepoPaths.Root, "deployment", "teams");

    [Fact]
    public async Task ManifestIsValidAgainstItsTeamsSchema()
    {
        var result = await NodeScript.RunAsync(
            "validate-manifest.js", [Path.Combine(TeamsFolder, "manifest.json")], input: null, TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        using var report = JsonDocument.Parse(result.Output);
        Assert.Empty(report.RootElement.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task ManifestOffersTheCommandsTheBotUnderstands()
    {
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(TeamsFolder, "manifest.json"), TestContext.Current.CancellationToken));
        var bot = manifest.RootElement.GetProperty("bots")[0];
        var commands = bot.GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray()
            .Select(c => c.GetProperty("title").GetString()).ToArray();

        Assert.Equal(["help", "steps", "step 1", "next", "more"], commands);
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public async Task IconsHaveTheSizesTeamsRequires(string file, int size)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(TeamsFolder, file), TestContext.Current.CancellationToken);

        Assert.Equal("PNG", System.Text.Encoding.ASCII.GetString(bytes, 1, 3));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }
}
