using System.Text.Json;
using MigrationBot.Guide.Cards;
using MigrationBot.Testing;

namespace MigrationBot.Guide.Tests.Cards;

/// <summary>
/// Renders the sample cards once per test run in headless Chromium with the official renderer and Teams' light
/// and dark host configs (one node process for all of them), clicking the buttons the tests ask about.
/// Screenshots go to <c>artifacts/screenshots/</c> at the repository root.
/// </summary>
internal static class BrowserRendering
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Task<IReadOnlyDictionary<string, RenderedCard>>? _rendering;

    public static string ScreenshotFolder => Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    /// <summary>What the browser showed of a card (<c>&lt;sample&gt;-&lt;theme&gt;</c>); skips without Chromium.</summary>
    public static async Task<RenderedCard> GetAsync(string name, CancellationToken cancellationToken)
    {
        var chromium = Chromium.RequirePath();
        await Gate.WaitAsync(cancellationToken);
        try
        {
            // One batch per test run; a failed batch fails every test that asks, without rendering again.
            _rendering ??= RenderAllAsync(chromium, CancellationToken.None);
        }
        finally
        {
            Gate.Release();
        }

        return (await _rendering)[name];
    }

    private static async Task<IReadOnlyDictionary<string, RenderedCard>> RenderAllAsync(string chromium, CancellationToken cancellationToken)
    {
        using var folder = new CardFolder();
        var clicks = new Dictionary<string, string[]>
        {
            ["answer-with-mappings"] = ["More answers", "Blob storage tiers"],
            ["answer-without-mappings"] = ["Next step: Migrate the workloads"],
            ["answer-hostile-question"] = ["Not helpful"],
            ["step"] = ["Next step: Migrate"],
            ["journey"] = ["Open step 2: Design"],
            ["welcome"] = ["What replaces Amazon S3 on Azure?"],
            ["not-covered"] = ["Storage services - Blob storage tiers"],
        };
        var cards = new List<object>();
        foreach (var (name, reply) in CardSamples.All())
        {
            var file = folder.Write(name, reply.Card);
            foreach (var theme in new[] { "light", "dark" })
            {
                cards.Add(new { name = $"{name}-{theme}", file, theme, clicks = clicks.GetValueOrDefault(name, []) });
            }
        }

        var shipped = await ShippedGuideSamples.LoadAsync(cancellationToken);
        var shippedAnswer = folder.Write("content-answer", ShippedGuideSamples.Answer(shipped).Card);
        var shippedStep = folder.Write("content-step", ShippedGuideSamples.Step(shipped).Card);
        foreach (var theme in new[] { "light", "dark" })
        {
            cards.Add(new { name = $"content-answer-{theme}", file = shippedAnswer, theme, clicks = new[] { "More answers" } });
            cards.Add(new { name = $"content-step-{theme}", file = shippedStep, theme, clicks = Array.Empty<string>() });
        }

        var markdownProbe = new AdaptiveCard([new TextBlock(CardSamples.HostileQuestion)], []);
        cards.Add(new { name = "markdown-probe-light", file = folder.Write("markdown-probe", markdownProbe), theme = "light", clicks = Array.Empty<string>() });

        var job = Path.Combine(folder.Path, "job.json");
        await File.WriteAllTextAsync(job, JsonSerializer.Serialize(new { chromium, screenshots = ScreenshotFolder, cards }), cancellationToken);
        var run = await NodeScript.RunAsync("card-render.js", [job], cancellationToken);
        Assert.True(run.ExitCode == 0, $"card-render.js failed ({run.ExitCode}):\n{run.Error}\n{run.Output}");
        var rendered = JsonSerializer.Deserialize<List<RenderedCard>>(run.Output, JsonSerializerOptions.Web)!;
        return rendered.ToDictionary(r => r.Name);
    }
}
