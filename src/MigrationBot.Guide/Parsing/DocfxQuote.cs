namespace MigrationBot.Guide.Parsing;

/// <summary>What a DocFX block quote is, read from its first line (<c>[!NOTE]</c>, <c>[!div class="..."]</c>).</summary>
/// <param name="Alert">The alert kind, or null for a <c>[!div]</c>.</param>
/// <param name="IsNextStepAction">True for <c>[!div class="nextstepaction"]</c>.</param>
internal sealed record DocfxQuote(AlertKind? Alert, bool IsNextStepAction);
