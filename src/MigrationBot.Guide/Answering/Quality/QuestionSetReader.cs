using System.Text.Json;

namespace MigrationBot.Guide.Answering.Quality;

/// <summary>
/// Reads a question set: JSON Lines, one object per line with <c>question</c>, <c>article</c> (null when out of
/// scope), <c>section</c> (anchor, "" for the introduction, null for any) and <c>kind</c>. Blank lines are skipped.
/// </summary>
public static class QuestionSetReader
{
    /// <summary>Reads every question; a malformed line is an <see cref="InvalidDataException"/> naming the line.</summary>
    public static IReadOnlyList<BenchQuestion> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        var questions = new List<BenchQuestion>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            questions.Add(Parse(line, name, lineNumber));
        }

        return questions;
    }

    /// <summary>Reads a question set file.</summary>
    public static IReadOnlyList<BenchQuestion> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = File.OpenText(path);
        return Read(reader, path);
    }

    private static BenchQuestion Parse(string line, string name, int lineNumber)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{name}:{lineNumber}: expected a JSON object.");
            }

            var question = Text(root, "question");
            if (string.IsNullOrWhiteSpace(question))
            {
                throw new InvalidDataException($"{name}:{lineNumber}: \"question\" is missing or empty.");
            }

            var article = Text(root, "article");
            return new BenchQuestion(
                question,
                string.IsNullOrWhiteSpace(article) ? null : article.Replace('\\', '/'),
                Text(root, "section")?.TrimStart('#'),
                Text(root, "kind") ?? (article is null ? "out-of-scope" : "howto"));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{name}:{lineNumber}: not valid JSON ({ex.Message}).", ex);
        }
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
