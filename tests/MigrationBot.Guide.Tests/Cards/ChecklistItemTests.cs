using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

public sealed class ChecklistItemTests
{
    [Fact]
    public void IdFollowsTheDocumentedRule()
    {
        // chk- + first 12 hex digits of SHA-256("journey/prepare.md\ndependencies are mapped").
        Assert.Equal("chk-1fded545ed1f", ChecklistItem.Create("journey/prepare.md", "Dependencies are mapped").Id);
    }

    [Fact]
    public void IdIgnoresCaseAndSpacingOfTheText()
    {
        var a = ChecklistItem.Create("journey/prepare.md", "Dependencies are mapped");
        var b = ChecklistItem.Create("Journey/Prepare.md", "  dependencies   ARE mapped ");

        Assert.Equal(a.Id, b.Id);
        Assert.Equal("dependencies   ARE mapped", b.Text);
    }

    [Fact]
    public void SameTextInAnotherArticleGetsAnotherId() =>
        Assert.NotEqual(
            ChecklistItem.Create("journey/prepare.md", "Dependencies are mapped").Id,
            ChecklistItem.Create("journey/migrate.md", "Dependencies are mapped").Id);

    [Fact]
    public void RewordedItemGetsAnotherId() =>
        Assert.NotEqual(
            ChecklistItem.Create("journey/prepare.md", "Dependencies are mapped").Id,
            ChecklistItem.Create("journey/prepare.md", "Dependencies are documented").Id);

    [Fact]
    public void EmptyTextIsRejected() =>
        Assert.Throws<ArgumentException>(() => ChecklistItem.Create("journey/prepare.md", " "));
}
