namespace MigrationBot.Guide.Cards;

/// <summary><c>{"action":"ask","question":"..."}</c>: answer this question as if the user had typed it.</summary>
public sealed record AskQuestionData(string Question) : CardActionData
{
    private protected override bool IsComplete => !string.IsNullOrWhiteSpace(Question);
}
