using MigrationBot.Guide.Parsing;

namespace MigrationBot.Guide.Tests.Parsing;

public sealed class FrontMatterTests
{
    [Theory]
    [InlineData("title: A\ntitle: B", 3)]
    [InlineData("title: \"unclosed", 3)]
    [InlineData("- just\n- a list", 2)]
    [InlineData("title: *undefined-alias", 2)]
    [InlineData("title: a\n  b: c", 3)]
    [InlineData("{title: a", 3)]
    [InlineData("title: [a, b\ndescription: c", 4)]
    public void BadYamlIsAnErrorWithALineNeverAnException(string yaml, int maxLine)
    {
        var diagnostics = new List<GuideDiagnostic>();
        var lines = $"---\n{yaml}\n---\n\nBody.".Split('\n');

        var frontMatter = FrontMatter.Read("a.md", lines, diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidFrontMatter, DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.InRange(error.Line, 1, maxLine);
        Assert.Empty(frontMatter.Values);
        Assert.Equal("Body.", lines[frontMatter.BodyStart + 1]);
    }

    [Fact]
    public void ValuesAreTextAndListsAreJoinedWithCommas()
    {
        var lines = "---\ntitle: '  Spaced  '\nms.custom: [a, b]\nnested:\n  key: value\nempty:\n---\nBody".Split('\n');

        var frontMatter = FrontMatter.Read("a.md", lines, diagnostics: null);

        Assert.Equal("Spaced", frontMatter["title"]);
        Assert.Equal("a, b", frontMatter["MS.CUSTOM"]);
        Assert.Equal("key: value", frontMatter["nested"]);
        Assert.Null(frontMatter["empty"]);
        Assert.Equal(7, frontMatter.BodyStart);
    }

    [Fact]
    public void AFileWithoutFrontMatterStartsItsBodyAtTheTop()
    {
        var frontMatter = FrontMatter.Read("a.md", ["# Title", "---"], diagnostics: null);

        Assert.Equal(0, frontMatter.BodyStart);
        Assert.Empty(frontMatter.Values);
    }
}
