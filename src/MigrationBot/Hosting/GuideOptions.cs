using System.ComponentModel.DataAnnotations;

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
    /// Whether a semantic leg (the all-MiniLM-L6-v2 sentence model, run on this machine) helps rank and decline the
    /// questions the lexical evidence leaves in doubt. It costs about 400 MB of memory and a few milliseconds on those
    /// questions; the bot answers from the lexical index alone until the model is loaded. Default true.
    /// </summary>
    public bool Semantic { get; set; } = true;

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
