using System.Text.Json.Serialization;

namespace MigrationBot.Guide.Cards;

/// <summary>A button of a card, serialized with its Adaptive Cards type name in <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract record CardAction([property: JsonPropertyOrder(-1)] string Title);
