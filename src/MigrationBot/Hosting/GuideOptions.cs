using System.ComponentModel.DataAnnotations;
using MigrationBot.Guide.Embeddings;

namespace MigrationBot.Hosting;

/// <summary>Which guide the bot answers from and where its pages are published. Section <c>Guide</c>.</summary>
public sealed class GuideOptions
{
    public const string SectionName = "Guide";

    /// <summary>
    /// The guide folder. Relative paths resolve against the app's folder, where the build copies the shipped guide,
    /// then against the current folder. Default <c>content</c>.
    /// </summary>
    [Required]
    public string ContentPath { get; set; } = "content";

    /// <summary>
    /// Public URL of the guide pages this host serves (<c>GET /guide/...</c>); cards link there unless the guide's
    /// <c>guide.yml</c> declares a base URL of its own. Default <c>http://localhost:3978/guide/</c>.
    /// </summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:3978/guide/";

    /// <summary>Root that site-relative links (<c>/azure/...</c>) resolve against. Default <c>https://learn.microsoft.com</c>.</summary>
    [Required]
    [Url]
    public string SiteRoot { get; set; } = "https://learn.microsoft.com";

    /// <summary>
    /// A semantic leg beside the lexical index: <c>Off</c>, or <c>Static</c> (word-piece vectors distilled from the
    /// MiniLM sentence model; about 50 MB more memory, microseconds per question; the first start builds the table in
    /// about a minute in the background, later starts read it from <see cref="EmbeddingCachePath"/>). <c>Full</c> runs
    /// the whole model per question (5-25 ms, 400 MB) and is meant for comparison. Default <c>Off</c>.
    /// </summary>
    public SemanticMode Semantic { get; set; } = SemanticMode.Off;

    /// <summary>Where the static word-piece table is cached; a relative path is under the content root. Default <c>data/embeddings</c>.</summary>
    [Required]
    public string EmbeddingCachePath { get; set; } = "data/embeddings";

    /// <summary>The guide folder as an absolute path.</summary>
    public string ResolveContentPath()
    {
        if (Path.IsPathRooted(ContentPath))
        {
            return ContentPath;
        }

        var besideApp = Path.Combine(AppContext.BaseDirectory, ContentPath);
        return Directory.Exists(besideApp) ? besideApp : Path.GetFullPath(ContentPath);
    }
}
