namespace MigrationBot.Guide.Answering.Quality;

/// <summary>A question set file and the guide folder its questions are about.</summary>
/// <param name="Name">The file's path under the questions folder, without extension (<c>shipped</c>, <c>dev/learn-docset</c>).</param>
/// <param name="QuestionsPath">The JSON Lines file.</param>
/// <param name="GuidePath">The guide's content folder.</param>
public sealed record QuestionSet(string Name, string QuestionsPath, string GuidePath);
