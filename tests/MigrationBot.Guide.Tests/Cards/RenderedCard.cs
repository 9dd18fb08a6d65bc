namespace MigrationBot.Guide.Tests.Cards;

/// <summary>What <c>tests/node/card-render.js</c> saw of one card in the browser.</summary>
internal sealed record RenderedCard(
    string Name,
    string Background,
    string? HeadingColor,
    string Text,
    IReadOnlyList<string> Headings,
    IReadOnlyList<string> Buttons,
    IReadOnlyList<string> Links,
    IReadOnlyList<RenderedCheckbox> Checkboxes,
    IReadOnlyList<RenderedAction> Actions,
    string? Screenshot,
    IReadOnlyList<string> Errors,
    string? TextAfterClicks,
    IReadOnlyList<string>? ButtonsAfterClicks,
    string? ScreenshotAfterClicks);
