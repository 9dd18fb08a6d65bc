using MigrationBot.Guide.Parsing;
using MigrationBot.Testing;

namespace MigrationBot.Guide.Tests.Parsing;

/// <summary>
/// File-driven: every <c>TestData/Parsing/articles/NAME.md</c> is loaded as part of one guide and rendered by
/// <see cref="ArticleText"/>; the result must equal <c>NAME.expected.txt</c>. Set UPDATE_EXPECTED=1 to rewrite the
/// expected files from the output, then review the diff.
/// </summary>
public sealed class ArticleParserTests
{
    private const string Folder = "TestData/Parsing/articles";

    private static readonly Lazy<Task<MigrationGuide>> Guide = new(() =>
        GuideLoader.LoadAsync(Path.Combine(AppContext.BaseDirectory, Folder), new GuideLoadOptions(), CancellationToken.None));

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, Folder), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task ArticleLoadsAsItsExpectedFileSays(string name)
    {
        var guide = await Guide.Value;
        var article = guide.FindArticle($"{name}.md");
        Assert.NotNull(article);
        var diagnostics = guide.Diagnostics.Where(d => d.File == article.Path || IsIncludedBy(d.File, name));
        var actual = ArticleText.Render(guide, article, diagnostics);

        var expectedPath = Path.Combine(RepoPaths.Root, "tests", "MigrationBot.Guide.Tests", Folder, $"{name}.expected.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_EXPECTED") == "1")
        {
            await File.WriteAllTextAsync(expectedPath, actual, TestContext.Current.CancellationToken);
        }

        Assert.Equal(await File.ReadAllTextAsync(expectedPath, TestContext.Current.CancellationToken), actual);
    }

    [Fact]
    public async Task FilesUnderIncludesAreNotArticles()
    {
        var guide = await Guide.Value;

        Assert.DoesNotContain(guide.Articles, a => a.Path.StartsWith("includes/", StringComparison.Ordinal));
        Assert.Equal(Articles().Count, guide.Articles.Count);
    }

    // Diagnostics in include files are shown with the one article that includes them in this fixture guide.
    private static bool IsIncludedBy(string file, string article) =>
        article == "includes" && file.StartsWith("includes/", StringComparison.Ordinal);
}
