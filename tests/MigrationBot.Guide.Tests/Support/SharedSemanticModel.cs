using MigrationBot.Guide.Embeddings;

namespace MigrationBot.Guide.Tests.Support;

/// <summary>The real sentence model, loaded once for every test that needs it (about a second and 400 MB).</summary>
internal static class SharedSemanticModel
{
    private static readonly Lazy<SemanticModel> Model = new(SemanticModel.Load);

    public static SemanticModel Instance => Model.Value;
}
