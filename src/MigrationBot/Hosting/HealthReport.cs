namespace MigrationBot.Hosting;

/// <summary>The body of <c>/healthz</c>.</summary>
/// <param name="Status"><c>ready</c> or <c>indexing</c>.</param>
/// <param name="GuideHash">A hash of every file of the guide, to tell which version is served.</param>
/// <param name="Semantic">The semantic leg: <c>off</c>, <c>loading</c>, <c>on</c> or <c>failed</c>.</param>
public sealed record HealthReport(string Status, int Articles, int Sections, string? GuideHash, string Semantic);
