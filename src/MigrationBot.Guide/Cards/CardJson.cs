using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace MigrationBot.Guide.Cards;

/// <summary>
/// The one way cards and their action data are written: camel case, nulls left out, letters of every script as
/// UTF-8 rather than <c>\u</c> escapes (HTML-sensitive characters are still escaped). Attach
/// <see cref="ToElement"/>'s result as the attachment content so a host serializer cannot change the card.
/// </summary>
public static class CardJson
{
    /// <summary>The serializer options for cards and <see cref="CardActionData"/>.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: false);

    /// <summary>The card as JSON, indented when asked.</summary>
    public static string Serialize(AdaptiveCard card, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(card);
        return indented
            ? JsonSerializer.Serialize(card, IndentedOptions)
            : JsonSerializer.Serialize(card, Options);
    }

    /// <summary>The card as a JSON element, ready to be the content of a card attachment.</summary>
    public static JsonElement ToElement(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToElement(card, Options);
    }

    private static readonly JsonSerializerOptions IndentedOptions = CreateOptions(indented: true);

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowOutOfOrderMetadataProperties = true,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
