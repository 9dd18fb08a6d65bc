using System.Security.Cryptography;
using System.Text;

namespace MigrationBot.Storage;

/// <summary>
/// Table Storage keys for ids that may hold characters keys forbid (<c>/ \ # ?</c>, control characters) or be long:
/// the lowercase hex SHA-256 of the id, always 64 safe characters. The original id is kept in a property.
/// </summary>
internal static class TableKeys
{
    public static string Of(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));

    public static string Of(string first, string second) => $"{Of(first)}-{Of(second)}";
}
