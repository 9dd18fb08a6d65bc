using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

/// <summary>A temporary folder of card JSON files for the node scripts; deleted on dispose.</summary>
internal sealed class CardFolder : IDisposable
{
    public CardFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "migrationbot-cards-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public int Count { get; private set; }

    /// <summary>Writes a card as <c>&lt;name&gt;.json</c> and returns the file's path.</summary>
    public string Write(string name, AdaptiveCard card)
    {
        var file = System.IO.Path.Combine(Path, name + ".json");
        File.WriteAllText(file, CardJson.Serialize(card, indented: true));
        Count++;
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
