using YamlDotNet.RepresentationModel;

namespace MigrationBot.Guide.Parsing;

/// <summary>The YAML block between <c>---</c> lines at the top of an article, as key/value text.</summary>
/// <param name="Values">Every key with its value as text (lists joined with commas).</param>
/// <param name="BodyStart">0-based index of the first line after the front matter.</param>
internal sealed record FrontMatter(IReadOnlyDictionary<string, string> Values, int BodyStart)
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    /// <summary>The value of a key, or null when it is absent or blank.</summary>
    public string? this[string key] =>
        Values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Reads the front matter of a file; invalid YAML becomes a diagnostic and an empty front matter.</summary>
    public static FrontMatter Read(string file, IReadOnlyList<string> lines, ICollection<GuideDiagnostic>? diagnostics)
    {
        var end = FindEnd(lines);
        if (end < 0)
        {
            if (lines.Count > 0 && IsFence(lines[0]))
            {
                diagnostics?.Add(DiagnosticCodes.FrontMatter(file, 1, "it starts with '---' but no closing '---' line follows."));
            }

            return new FrontMatter(None, 0);
        }

        var document = YamlDocument.Parse(string.Join('\n', lines.Skip(1).Take(end - 1)));
        if (document.Error is not null)
        {
            diagnostics?.Add(DiagnosticCodes.FrontMatter(file, document.ErrorLine + 1, document.Error));
            return new FrontMatter(None, end + 1);
        }

        if (document.Root is null)
        {
            return new FrontMatter(None, end + 1);
        }

        if (document.Root is not YamlMappingNode mapping)
        {
            diagnostics?.Add(DiagnosticCodes.FrontMatter(file, YamlDocument.LineOf(document.Root) + 1, "it must be 'key: value' lines."));
            return new FrontMatter(None, end + 1);
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in mapping.Children)
        {
            values[YamlDocument.Text(key)] = YamlDocument.Text(value);
        }

        return new FrontMatter(values, end + 1);
    }

    /// <summary>0-based index of the closing fence, or -1 when the file has no (closed) front matter.</summary>
    private static int FindEnd(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || !IsFence(lines[0]))
        {
            return -1;
        }

        for (var i = 1; i < lines.Count; i++)
        {
            if (IsFence(lines[i]) || lines[i].TrimEnd() == "...")
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsFence(string line) => line.TrimEnd() == "---";
}
