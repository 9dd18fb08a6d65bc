namespace MigrationBot.Guide;

/// <summary>A resolved link.</summary>
/// <param name="Title">Link text.</param>
/// <param name="Url">Absolute URL.</param>
/// <param name="ArticlePath">The target article's path when the link points inside the guide, else null.</param>
/// <param name="Anchor">The anchor within the target, or null.</param>
public sealed record GuideLink(string Title, string Url, string? ArticlePath = null, string? Anchor = null)
{
    /// <summary>The id of the section this link points at, when it points inside the guide.</summary>
    public string? SectionId => ArticlePath is null ? null : Anchor is null ? ArticlePath : $"{ArticlePath}#{Anchor}";
}
