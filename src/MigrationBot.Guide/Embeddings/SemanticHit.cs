namespace MigrationBot.Guide.Embeddings;

/// <summary>A section and the cosine similarity of its vector to the question's.</summary>
internal sealed record SemanticHit(string SectionId, string ArticlePath, double Similarity);
