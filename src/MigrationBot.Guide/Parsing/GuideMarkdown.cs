using Markdig;

namespace MigrationBot.Guide.Parsing;

/// <summary>The one Markdig pipeline every article is parsed with: built once, immutable, shared.</summary>
internal static class GuideMarkdown
{
    /// <summary>CommonMark plus pipe tables and strikethrough; DocFX syntax is handled by <see cref="SourcePreprocessor"/> and <see cref="ArticleParser"/>.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();
}
