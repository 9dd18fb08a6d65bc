using System.Security.Cryptography;
using System.Text;

namespace MigrationBot.Guide.Parsing;

/// <summary>
/// The files of a guide folder read once: every Markdown file and every <c>toc.yml</c>, <c>guide.yml</c> and
/// <c>synonyms.txt</c>, by path relative to the root (forward slashes). A file that cannot be read is a diagnostic.
/// </summary>
internal sealed class GuideFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, string> _texts;

    private GuideFiles(string root, Dictionary<string, string> texts, IReadOnlyList<string> markdownPaths, string hash)
    {
        Root = root;
        _texts = texts;
        MarkdownPaths = markdownPaths;
        Hash = hash;
    }

    public string Root { get; }

    /// <summary>Every readable Markdown file, in ordinal path order.</summary>
    public IReadOnlyList<string> MarkdownPaths { get; }

    /// <summary>SHA-256 over every file read, as lowercase hex.</summary>
    public string Hash { get; }

    public static async Task<GuideFiles> ReadAsync(string root, ICollection<GuideDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        var paths = Directory.EnumerateFiles(root, "*", options)
            .Select(full => Path.GetRelativePath(root, full).Replace('\\', '/'))
            .Where(IsGuideFile)
            .Order(StringComparer.Ordinal)
            .ToList();

        // Reads run concurrently: on a busy machine, waiting for one file at a time costs more than the reading.
        var reads = await Task.WhenAll(paths.Select(path => ReadTextAsync(root, path, cancellationToken))).ConfigureAwait(false);
        var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var read in reads)
        {
            if (read.Text is null)
            {
                diagnostics.Add(DiagnosticCodes.Unreadable(read.Path, read.Problem!));
                continue;
            }

            texts[read.Path] = read.Text;
            hash.AppendData(Encoding.UTF8.GetBytes($"{read.Path}\0{read.Text}\0"));
        }

        var markdown = paths.Where(p => texts.ContainsKey(p) && IsMarkdown(p)).ToList();
        return new GuideFiles(root, texts, markdown, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>The text of a file that was read, or null.</summary>
    public string? Text(string path) => _texts.GetValueOrDefault(path);

    /// <summary>The lines of a file that was read, or null.</summary>
    public string[]? Lines(string path) => _texts.TryGetValue(path, out var text) ? SplitLines(text) : null;

    /// <summary>True when a file exists at a path relative to the root, read or not.</summary>
    public bool Exists(string path) => _texts.ContainsKey(path) || File.Exists(Path.Combine(Root, path));

    /// <summary>
    /// A target path relative to <paramref name="fromFile"/>'s folder (or to the root for <c>~/</c>) made relative to
    /// the root, or null when it leaves the root.
    /// </summary>
    public static string? Resolve(string fromFile, string target)
    {
        var decoded = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var folder = decoded.StartsWith("~/", StringComparison.Ordinal) ? string.Empty : ParentOf(fromFile);
        var relative = decoded.StartsWith("~/", StringComparison.Ordinal) ? decoded[2..] : decoded;
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    public static string ParentOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }

    public static string[] SplitLines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    private static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static bool IsGuideFile(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return IsMarkdown(path)
            || name.Equals("toc.yml", StringComparison.OrdinalIgnoreCase)
            || path.Equals("guide.yml", StringComparison.OrdinalIgnoreCase)
            || path.Equals("synonyms.txt", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<FileRead> ReadTextAsync(string root, string path, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(root, path), cancellationToken).ConfigureAwait(false);
            var start = bytes.AsSpan().StartsWith(StrictUtf8.Preamble) ? StrictUtf8.Preamble.Length : 0;
            return new FileRead(path, StrictUtf8.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException)
        {
            return new FileRead(path, null, "it is not UTF-8 text.");
        }
        catch (IOException exception)
        {
            return new FileRead(path, null, exception.Message);
        }
        catch (UnauthorizedAccessException exception)
        {
            return new FileRead(path, null, exception.Message);
        }
    }

    /// <summary>A file's text, or why it could not be read.</summary>
    private sealed record FileRead(string Path, string? Text, string? Problem);
}
