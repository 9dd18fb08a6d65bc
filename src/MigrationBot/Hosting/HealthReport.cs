namespace MigrationBot.Hosting;

/// <summary>The body of <c>/healthz</c>.</summary>
/// <param name="Status"><c>ready</c> or <c>indexing</c>.</param>
/// <param name="GuideHash">A hash of every file of the guide, to tell which version is served.</param>
/// <param name="Semantic">True once the semantic leg is loaded and in use.</param>
public sealed record HealthReport(string Status, int Articles, int Sections, string? GuideHash, bool Semantic);
