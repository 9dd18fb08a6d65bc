using MigrationBot.Guide.Parsing;

namespace MigrationBot.Guide.Tests.Parsing;

public sealed class TocParserTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TocWithARootItemsKeyAndATocHrefIsRead()
    {
        using var folder = new TemporaryGuide()
            .With("toc.yml", "items:\n  - name: Group\n    tocHref: part/\n    topicHref: a.md\n")
            .With("part/toc.yml", "- name: B\n  href: b.md\n")
            .With("a.md", "---\ntitle: A\ndescription: A.\n---\nText.\n")
            .With("part/b.md", "---\ntitle: B\ndescription: B.\n---\nText.\n");

        var guide = await GuideLoader.LoadAsync(folder.Root, new GuideLoadOptions(), Token);

        var group = Assert.Single(guide.Toc);
        Assert.Equal(("Group", "a.md", "a.md"), (group.Name, group.Href, group.ArticlePath));
        Assert.Equal("part/b.md", Assert.Single(group.Items).ArticlePath);
        Assert.Empty(guide.Diagnostics);
        Assert.Equal("part/b.md", guide.FindArticle("a.md")!.NextStep!.ArticlePath);
    }

    [Fact]
    public async Task NestedTocsThatIncludeEachOtherAreAnErrorNotALoop()
    {
        using var folder = new TemporaryGuide()
            .With("toc.yml", "- name: Loop\n  href: sub/toc.yml\n")
            .With("sub/toc.yml", "- name: Back\n  href: ../toc.yml\n")
            .With("a.md", "---\ntitle: A\ndescription: A.\n---\nText.\n");

        var guide = await GuideLoader.LoadAsync(folder.Root, new GuideLoadOptions(), Token);

        Assert.Contains(guide.Diagnostics, d => d.Code == DiagnosticCodes.InvalidToc && d.File == "toc.yml");
    }

    [Fact]
    public async Task EntriesThatAreNotMappingsAreErrorsAndTheOthersLoad()
    {
        using var folder = new TemporaryGuide()
            .With("toc.yml", "- just a string\n- name: A\n  href: a.md\n  items: not-a-list\n")
            .With("a.md", "---\ntitle: A\ndescription: A.\n---\nText.\n");

        var guide = await GuideLoader.LoadAsync(folder.Root, new GuideLoadOptions(), Token);

        Assert.Equal(["1 MB007", "4 MB007"], guide.Codes("toc.yml"));
        Assert.Equal("a.md", Assert.Single(guide.Toc).ArticlePath);
    }

    [Fact]
    public async Task AnIncludedFileTheTocListsIsAnArticle()
    {
        using var folder = new TemporaryGuide()
            .With("toc.yml", "- name: Shared\n  href: shared.md\n- name: Host\n  href: host.md\n")
            .With("shared.md", "---\ntitle: Shared\ndescription: Both included and listed.\n---\nShared text.\n")
            .With("host.md", "---\ntitle: Host\ndescription: Includes the shared text.\n---\n[!INCLUDE [shared](shared.md)]\n")
            .With("only-included.md", "Included only.\n")
            .With("other.md", "---\ntitle: Other\ndescription: Includes the other file.\n---\n[!INCLUDE [x](only-included.md)]\n");

        var guide = await GuideLoader.LoadAsync(folder.Root, new GuideLoadOptions(), Token);

        Assert.Equal(["shared.md", "host.md", "other.md"], guide.Articles.Select(a => a.Path));
        Assert.Equal("Shared text.", guide.FindSection("host.md")!.Text);
        Assert.Equal("Included only.", guide.FindSection("other.md")!.Text);
    }
}
