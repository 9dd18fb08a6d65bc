namespace MigrationBot.Guide.Tests.Parsing;

/// <summary>A guide folder written by a test into the temp folder, deleted afterwards.</summary>
internal sealed class TemporaryGuide : IDisposable
{
    public TemporaryGuide()
    {
        Root = Path.Combine(Path.GetTempPath(), "migrationbot-guide-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public TemporaryGuide With(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public TemporaryGuide WithBytes(string path, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Root, path), bytes);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
