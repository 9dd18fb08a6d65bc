namespace MigrationBot.Guide.Embeddings;

/// <summary>Turns a text into a unit-length vector; texts about the same thing get a high dot product.</summary>
internal interface ITextEmbedder
{
    /// <summary>A section's vector, unit length (all zeros for a text with no word pieces).</summary>
    public float[] EmbedSection(string text);

    /// <summary>A question's vector, unit length (all zeros for a text with no word pieces).</summary>
    public float[] EmbedQuestion(string text);
}
