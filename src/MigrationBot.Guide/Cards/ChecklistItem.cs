using System.Security.Cryptography;
using System.Text;

namespace MigrationBot.Guide.Cards;

/// <summary>
/// One item of a step's checklist, with an id that stays the same as long as the article's path and the item's
/// text do: <c>chk-</c> followed by the first 12 hex digits (lower case) of the SHA-256 of the UTF-8 bytes of
/// <c>path + "\n" + text</c>, where the path is lower-cased and the text is trimmed, lower-cased (invariant) and
/// has its runs of whitespace collapsed to one space. Rewording an item gives it a new id.
/// </summary>
public sealed record ChecklistItem(string Id, string Text)
{
    /// <summary>The item for a line of the checklist in the article at <paramref name="articlePath"/>.</summary>
    public static ChecklistItem Create(string articlePath, string text)
    {
        ArgumentNullException.ThrowIfNull(articlePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var key = articlePath.ToLowerInvariant() + "\n" + Normalize(text);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return new ChecklistItem("chk-" + Convert.ToHexStringLower(hash)[..12], text.Trim());
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
