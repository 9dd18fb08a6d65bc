using MigrationBot.Guide;
using MigrationBot.Guide.Parsing;

namespace MigrationBot.Commands;

/// <summary>
/// <c>lint [--content DIR]</c>: loads the guide and prints its diagnostics grouped by file, then a summary line.
/// Exit code 0 without errors, 1 with errors, 2 for bad usage or a missing folder. The folder is found by
/// <see cref="ContentFolder"/>.
/// </summary>
public static class LintCommand
{
    public const string Usage = "usage: lint [--content DIR]";

    private const string GuideWide = "(guide)";

    public static async Task<int> RunAsync(string[] args, CommandIO io, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(io);
        var arguments = CommandArguments.Parse(args, "content");
        if (arguments.Error is not null || arguments.Words.Count > 0)
        {
            await io.Error.WriteLineAsync($"lint: {arguments.Error ?? $"unexpected argument '{arguments.Words[0]}'"}\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        var folder = ContentFolder.Find(arguments["content"]);
        if (!Directory.Exists(folder))
        {
            await io.Error.WriteLineAsync($"lint: the guide folder '{folder}' does not exist.\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        var guide = await GuideLoader.LoadAsync(folder, new GuideLoadOptions(), cancellationToken).ConfigureAwait(false);
        await WriteAsync(guide, io.Output).ConfigureAwait(false);
        return guide.HasErrors ? 1 : 0;
    }

    private static async Task WriteAsync(MigrationGuide guide, TextWriter output)
    {
        await output.WriteLineAsync($"Guide: {guide.ContentRoot}").ConfigureAwait(false);
        foreach (var file in guide.Diagnostics.GroupBy(d => d.File).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync(file.Key.Length == 0 ? GuideWide : file.Key).ConfigureAwait(false);
            foreach (var diagnostic in file.OrderBy(d => d.Line))
            {
                var severity = diagnostic.Severity.ToString().ToLowerInvariant();
                await output.WriteLineAsync($"  {diagnostic.Line}: {severity} {diagnostic.Code}: {diagnostic.Message}").ConfigureAwait(false);
            }
        }

        var errors = guide.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = guide.Diagnostics.Count - errors;
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"{Count(errors, "error")}, {Count(warnings, "warning")} in {Count(guide.Articles.Count, "article")}").ConfigureAwait(false);
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
