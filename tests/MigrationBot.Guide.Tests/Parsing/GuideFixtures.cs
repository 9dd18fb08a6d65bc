using MigrationBot.Guide.Parsing;

namespace MigrationBot.Guide.Tests.Parsing;

/// <summary>Loads the small guides under <c>TestData/Parsing/guides</c>.</summary>
internal static class GuideFixtures
{
    public static Task<MigrationGuide> LoadAsync(string name, GuideLoadOptions? options = null) =>
        GuideLoader.LoadAsync(
            Path.Combine(AppContext.BaseDirectory, "TestData", "Parsing", "guides", name),
            options ?? new GuideLoadOptions(),
            TestContext.Current.CancellationToken);

    public static IEnumerable<string> Codes(this MigrationGuide guide, string file) =>
        guide.Diagnostics.Where(d => d.File == file).Select(d => $"{d.Line} {d.Code}");
}
