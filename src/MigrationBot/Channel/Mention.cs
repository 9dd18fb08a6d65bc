using System.Text.Json;

namespace MigrationBot.Channel;

/// <summary>A <c>mention</c> entity: who was mentioned and the <c>&lt;at&gt;</c> markup that stands for them in the text.</summary>
public sealed record Mention(ChannelAccount Mentioned, string Text)
{
    /// <summary>The entity type of mentions.</summary>
    public const string EntityType = "mention";

    /// <summary>A mention of <paramref name="account"/> with the usual <c>&lt;at&gt;Name&lt;/at&gt;</c> markup.</summary>
    public static Mention Of(ChannelAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new Mention(account, $"<at>{account.Name}</at>");
    }

    /// <summary>The mention entities of an activity; malformed entries are skipped.</summary>
    public static IReadOnlyList<Mention> From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var mentions = new List<Mention>();
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.ValueKind != JsonValueKind.Object
                || !entity.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String
                || type.GetString() != EntityType
                || !entity.TryGetProperty("mentioned", out var mentioned)
                || mentioned.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var account = mentioned.Deserialize<ChannelAccount>(BotJson.Options);
            var text = entity.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (account?.Id is not null)
            {
                mentions.Add(new Mention(account, text ?? $"<at>{account.Name}</at>"));
            }
        }

        return mentions;
    }

    /// <summary>
    /// The activity's text without the markup of mentions of <paramref name="recipientId"/> (usually the bot), trimmed.
    /// </summary>
    public static string RemoveMentionsOf(Activity activity, string? recipientId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        if (string.IsNullOrEmpty(recipientId))
        {
            return text.Trim();
        }

        foreach (var mention in From(activity))
        {
            if (string.Equals(mention.Mentioned.Id, recipientId, StringComparison.OrdinalIgnoreCase) && mention.Text.Length > 0)
            {
                text = text.Replace(mention.Text, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }

    /// <summary>The entity to add to an outgoing activity whose text contains <see cref="Text"/>.</summary>
    public JsonElement ToEntity() => JsonSerializer.SerializeToElement(
        new MentionEntity(EntityType, Mentioned, Text), BotJson.Options);

    private sealed record MentionEntity(string Type, ChannelAccount Mentioned, string Text);
}
