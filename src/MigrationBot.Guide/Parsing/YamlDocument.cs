using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MigrationBot.Guide.Parsing;

/// <summary>YAML text read with YamlDotNet into its root node, or the error and its line; never an exception.</summary>
/// <param name="Root">The first document's root node, or null when the text is empty or invalid.</param>
/// <param name="Error">What is wrong, or null.</param>
/// <param name="ErrorLine">1-based line of the error within the YAML text, or 0.</param>
internal sealed partial record YamlDocument(YamlNode? Root, string? Error, int ErrorLine)
{
    public static YamlDocument Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            return new YamlDocument(null, Describe(exception), (int)Math.Max(1, exception.Start.Line));
        }
        catch (ArgumentException exception)
        {
            return new YamlDocument(null, exception.Message, 1);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's parser gives up this way on some unclosed flow collections.
            return new YamlDocument(null, "the YAML is malformed; check its brackets, braces and quotes.", 1);
        }

        return new YamlDocument(stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, null, 0);
    }

    /// <summary>A node as text: a scalar's value, a list's items joined with commas, a mapping's pairs joined with semicolons.</summary>
    public static string Text(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? string.Empty,
        YamlSequenceNode sequence => string.Join(", ", sequence.Children.Select(Text)),
        YamlMappingNode mapping => string.Join("; ", mapping.Children.Select(pair => $"{Text(pair.Key)}: {Text(pair.Value)}")),
        _ => string.Empty,
    };

    /// <summary>The scalar value under a key of a mapping, or null.</summary>
    public static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar
            ? scalar.Value
            : null;

    /// <summary>The node under a key of a mapping, or null.</summary>
    public static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>1-based line of a node.</summary>
    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    private static string Describe(YamlException exception)
    {
        var message = (exception.InnerException as YamlException)?.Message ?? exception.Message;
        return PositionPrefix().Replace(message, string.Empty).Trim();
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
