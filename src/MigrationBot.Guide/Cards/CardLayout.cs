namespace MigrationBot.Guide.Cards;

/// <summary>The building blocks every card uses, so all cards look and read alike.</summary>
internal static class CardLayout
{
    /// <summary>Longest text of one bullet, fact or paragraph; keeps every reply well under the 28 KB limit.</summary>
    public const int MaxTextLength = 400;

    /// <summary>Longest plain text of a reply (the activity's <c>text</c> and the card's <c>fallbackText</c>).</summary>
    public const int MaxPlainTextLength = 1500;

    /// <summary>Lines joined into the plain text of a reply, cut at <see cref="MaxPlainTextLength"/>.</summary>
    public static string PlainText(IEnumerable<string> lines) => Clip(string.Join("\n", lines), MaxPlainTextLength);

    /// <summary>A heading: announced as one by screen readers, styled by the host.</summary>
    public static TextBlock Heading(string text) => new(Clip(text)) { Style = TextBlockStyle.Heading };

    /// <summary>A heading below the card's title.</summary>
    public static TextBlock SubHeading(string text) =>
        new(Clip(text)) { Style = TextBlockStyle.Heading, Size = TextSize.Medium, Spacing = Spacing.Medium };

    public static TextBlock Paragraph(string text) => new(Clip(text));

    public static TextBlock Subtle(string text) => new(Clip(text)) { IsSubtle = true, Size = TextSize.Small };

    /// <summary>A bulleted list; one row per item with the text hanging beside the bullet.</summary>
    public static IEnumerable<CardElement> Bullets(IEnumerable<string> items) =>
        items.Select(item => new ColumnSet(
        [
            new Column(Column.Auto, [new TextBlock("\u2022")]),
            new Column(Column.Stretch, [new TextBlock(Clip(item))]),
        ])
        { Spacing = Spacing.Small });

    /// <summary>
    /// A sentence of ours around text the user wrote. The user's text is a run of its own, shown literally:
    /// no Markdown, links or mentions. <paramref name="format"/> marks the place with <c>{0}</c>.
    /// </summary>
    public static RichTextBlock Literal(string format, string userText, bool subtle = false)
    {
        var at = format.IndexOf("{0}", StringComparison.Ordinal);
        var before = at < 0 ? format : format[..at];
        var after = at < 0 ? string.Empty : format[(at + 3)..];
        var runs = new List<TextRun>();
        if (before.Length > 0)
        {
            runs.Add(new TextRun(before) { IsSubtle = subtle ? true : null });
        }

        runs.Add(new TextRun(Clip(userText)) { Italic = true, IsSubtle = subtle ? true : null });
        if (after.Length > 0)
        {
            runs.Add(new TextRun(after) { IsSubtle = subtle ? true : null });
        }

        return new RichTextBlock(runs);
    }

    /// <summary>Where an article sits: "Step 3 of 5 - Prepare", "Service guide - Storage", or the guide's title.</summary>
    public static string Place(GuideArticle article, MigrationGuide guide, CardText text)
    {
        if (article.Kind == ArticleKind.Step && article.StepNumber is int number)
        {
            var count = Math.Max(guide.Journey.Count, number);
            return article.StepName is { Length: > 0 } name
                ? text.PlaceStep(number, count, name)
                : text.PlaceStepNumber(number, count);
        }

        return article.Kind == ArticleKind.Service && article.Area is { Length: > 0 } area
            ? text.PlaceService(area)
            : guide.Settings.Title;
    }

    /// <summary>The name of a section for buttons and lists: its heading, else its article's title.</summary>
    public static string SectionName(GuideSection section, GuideArticle article) =>
        section.Heading is { Length: > 0 } heading ? heading : article.Title;

    /// <summary>Cuts text longer than <paramref name="max"/> at a word boundary and ends it with an ellipsis.</summary>
    public static string Clip(string text, int max = MaxTextLength)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= max)
        {
            return trimmed;
        }

        var cut = trimmed.LastIndexOf(' ', max - 1);
        return string.Concat(trimmed.AsSpan(0, cut > max / 2 ? cut : max - 1), "\u2026");
    }

    /// <summary>Text safe to read out as speech: angle brackets and ampersands (SSML markup) removed.</summary>
    public static string Speech(string text) =>
        text.Replace('<', ' ').Replace('>', ' ').Replace("&", " and ", StringComparison.Ordinal);
}
