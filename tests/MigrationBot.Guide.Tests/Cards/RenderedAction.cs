using System.Text.Json;

namespace MigrationBot.Guide.Tests.Cards;

/// <summary>An action the renderer executed after a click.</summary>
internal sealed record RenderedAction(string Type, string Title, JsonElement Data, string? Url);
