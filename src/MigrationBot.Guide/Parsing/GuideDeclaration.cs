using YamlDotNet.RepresentationModel;

namespace MigrationBot.Guide.Parsing;

/// <summary>
/// What <c>guide.yml</c> declares: optional <c>title</c>, <c>baseUrl</c>, <c>siteRoot</c> and <c>journey</c>
/// (a list of <c>{name, article}</c>). A missing file declares nothing; a bad value is a diagnostic and is ignored.
/// </summary>
/// <param name="Journey">The declared steps in order, or null when <c>guide.yml</c> has no <c>journey</c>.</param>
internal sealed record GuideDeclaration(string? Title, string? BaseUrl, string? SiteRoot, IReadOnlyList<DeclaredStep>? Journey)
{
    public const string FileName = "guide.yml";

    public static GuideDeclaration Read(GuideFiles files, ICollection<GuideDiagnostic> diagnostics)
    {
        var empty = new GuideDeclaration(null, null, null, null);
        if (files.Text(FileName) is not { } text)
        {
            return empty;
        }

        var document = YamlDocument.Parse(text);
        if (document.Error is not null)
        {
            diagnostics.Add(DiagnosticCodes.Settings(FileName, document.ErrorLine, document.Error));
            return empty;
        }

        if (document.Root is null)
        {
            return empty;
        }

        if (document.Root is not YamlMappingNode root)
        {
            diagnostics.Add(DiagnosticCodes.Settings(FileName, YamlDocument.LineOf(document.Root), "it must be 'key: value' lines."));
            return empty;
        }

        return new GuideDeclaration(
            YamlDocument.Scalar(root, "title"),
            ReadUrl(root, "baseUrl", diagnostics),
            ReadUrl(root, "siteRoot", diagnostics),
            ReadJourney(root, diagnostics));
    }

    private static string? ReadUrl(YamlMappingNode root, string key, ICollection<GuideDiagnostic> diagnostics)
    {
        var value = YamlDocument.Scalar(root, key);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return value.Trim();
        }

        var line = YamlDocument.LineOf(YamlDocument.Child(root, key)!);
        diagnostics.Add(DiagnosticCodes.Settings(FileName, line, $"'{key}' must be an absolute http or https URL, not '{value}'."));
        return null;
    }

    private static List<DeclaredStep>? ReadJourney(YamlMappingNode root, ICollection<GuideDiagnostic> diagnostics)
    {
        var node = YamlDocument.Child(root, "journey");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Add(DiagnosticCodes.Settings(FileName, YamlDocument.LineOf(node), "'journey' must be a list of steps with 'name' and 'article'."));
            return null;
        }

        var steps = new List<DeclaredStep>();
        foreach (var item in sequence.Children)
        {
            var name = item is YamlMappingNode step ? YamlDocument.Scalar(step, "name") : null;
            var article = item is YamlMappingNode step2 ? YamlDocument.Scalar(step2, "article") : null;
            if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(article))
            {
                diagnostics.Add(DiagnosticCodes.Settings(FileName, YamlDocument.LineOf(item), "each journey step needs a 'name' and an 'article'."));
                continue;
            }

            var line = YamlDocument.LineOf(YamlDocument.Child((YamlMappingNode)item, "article")!);
            steps.Add(new DeclaredStep(name.Trim(), article.Trim().Replace('\\', '/').TrimStart('/'), line));
        }

        return steps;
    }
}
