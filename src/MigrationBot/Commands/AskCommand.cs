using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using MigrationBot.Guide;
using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Parsing;

namespace MigrationBot.Commands;

/// <summary>
/// <c>ask "question" [--content DIR] [--json] [--top N]</c>: answers a question from the guide. Without a question
/// it reads one question per line from standard input; with <c>--json</c> each answer is one JSON object per line.
/// </summary>
internal static class AskCommand
{
    private const int DefaultTop = 5;

    private static readonly string Usage = "usage: ask \"question\" [--content DIR] [--json] [--top N] " + SemanticArguments.Usage + "   (no question: one per line from standard input)";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args, CommandIO io, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(io);
        if (!TryParse(args, out var options, out var problem))
        {
            await io.Error.WriteLineAsync(problem).ConfigureAwait(false);
            await io.Error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var content = ContentFolder.Find(options.Content);
        if (!Directory.Exists(content))
        {
            await io.Error.WriteLineAsync($"The guide folder '{Path.GetFullPath(content)}' does not exist; pass --content DIR.").ConfigureAwait(false);
            return 2;
        }

        var guide = await GuideLoader.LoadAsync(content, new GuideLoadOptions(), cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in guide.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            await io.Error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }

        using var semantic = options.Semantic.Load();
        using var answerer = new GuideAnswerer(guide, semantic: semantic, fusion: options.Semantic.Fusion);
        if (options.Question is not null)
        {
            await WriteAsync(io.Output, answerer.Ask(options.Question, options.Top), options.Json).ConfigureAwait(false);
            return 0;
        }

        while (await io.Input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line) && !options.Json)
            {
                continue;
            }

            await WriteAsync(io.Output, answerer.Ask(line, options.Top), options.Json).ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>The JSON line of an answer: the contract <c>bench</c> and outside tools measure answers by.</summary>
    public static string ToJsonLine(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("question", answer.Question);
            json.WriteBoolean("declined", answer.Declined);
            json.WriteStartArray("results");
            foreach (var result in answer.Results)
            {
                json.WriteStartObject();
                json.WriteString("path", result.Section.ArticlePath);
                json.WriteString("heading", result.Section.Heading);
                json.WriteString("title", result.Article.Title);
                json.WriteString("url", result.Section.Url);
                json.WriteString("kind", KindName(result.Article.Kind));
                json.WriteString("step", result.Article.StepName);
                json.WriteNumber("score", Math.Round(result.Score, 3));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("summary", string.Join("\n", answer.Summary));
            if (answer.NextStep is null)
            {
                json.WriteNull("next");
            }
            else
            {
                json.WriteStartObject("next");
                json.WriteString("title", answer.NextStep.Title);
                json.WriteString("url", answer.NextStep.Url);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static async Task WriteAsync(TextWriter output, Answer answer, bool json)
    {
        if (json)
        {
            await output.WriteLineAsync(ToJsonLine(answer)).ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync(ToText(answer)).ConfigureAwait(false);
    }

    private static string ToText(Answer answer)
    {
        var text = new System.Text.StringBuilder();
        if (answer.Declined)
        {
            text.AppendLine("The guide does not cover this question.");
            if (answer.Closest.Count > 0)
            {
                text.AppendLine("Closest topics:");
                foreach (var close in answer.Closest)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  - {Title(close)}  {close.Section.Url}");
                }
            }

            return text.ToString();
        }

        var best = answer.Best!;
        var where = best.Article.Kind switch
        {
            ArticleKind.Step => $"step {best.Article.StepNumber}: {best.Article.StepName}",
            ArticleKind.Service => $"service area: {best.Article.Area}",
            _ => "article",
        };
        text.AppendLine(Title(best));
        text.AppendLine(CultureInfo.InvariantCulture, $"{best.Section.Url}  ({where}{(best.Article.Date is null ? string.Empty : $", updated {best.Article.Date}")})");
        text.AppendLine();
        foreach (var line in answer.Summary)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - {line}");
        }

        if (answer.Mappings.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Service mapping:");
            foreach (var row in answer.Mappings)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {row.AwsService} -> {row.AzureService}{(row.Note is null ? string.Empty : $" ({row.Note})")}");
            }
        }

        if (answer.NextStep is not null)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Next step: {answer.NextStep.Title}  {answer.NextStep.Url}");
        }

        if (answer.Related.Count > 0)
        {
            text.AppendLine("Related:");
            foreach (var related in answer.Related)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  - {Title(related)}  {related.Section.Url}");
            }
        }

        return text.ToString();
    }

    private static string Title(AnswerSection section) =>
        section.Section.Heading is null ? section.Article.Title : $"{section.Article.Title} > {section.Section.Heading}";

    private static string KindName(ArticleKind kind) => kind switch
    {
        ArticleKind.Step => "step",
        ArticleKind.Service => "service",
        _ => "article",
    };

    private static bool TryParse(string[] args, out AskOptions options, out string problem)
    {
        options = new AskOptions();
        problem = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            if (options.Semantic.TryConsume(args, ref i))
            {
                continue;
            }

            switch (args[i])
            {
                case "--json":
                    options = options with { Json = true };
                    break;
                case "--content" when i + 1 < args.Length:
                    options = options with { Content = args[++i] };
                    break;
                case "--top" when i + 1 < args.Length:
                    if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var top) || top is < 1 or > GuideAnswerer.MaxTop)
                    {
                        problem = $"--top takes a number from 1 to {GuideAnswerer.MaxTop}.";
                        return false;
                    }

                    options = options with { Top = top };
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        problem = $"Unknown or incomplete option '{args[i]}'.";
                        return false;
                    }

                    if (options.Question is not null)
                    {
                        problem = "Give one question (quote it).";
                        return false;
                    }

                    options = options with { Question = args[i] };
                    break;
            }
        }

        return true;
    }

    private sealed record AskOptions(string? Question = null, string? Content = null, bool Json = false, int Top = DefaultTop)
    {
        public SemanticArguments Semantic { get; } = new();
    }
}
