using System.Text;

namespace MigrationBot.Guide.Parsing;

/// <summary>The anchor ids Learn gives headings: lowercase, punctuation dropped, spaces to hyphens, repeats numbered.</summary>
internal sealed class LearnAnchor
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>The id of a heading's text alone, without numbering repeats.</summary>
    public static string Slug(string heading)
    {
        var builder = new StringBuilder(heading.Length);
        foreach (var c in heading.Trim())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c))
            {
                builder.Append('-');
            }
        }

        return builder.Length == 0 ? "section" : builder.ToString();
    }

    /// <summary>The id of the next heading of an article: a repeated heading gets <c>-1</c>, <c>-2</c>, ...</summary>
    public string Next(string heading)
    {
        var slug = Slug(heading);
        var count = _seen.GetValueOrDefault(slug);
        _seen[slug] = count + 1;
        return count == 0 ? slug : $"{slug}-{count}";
    }
}
