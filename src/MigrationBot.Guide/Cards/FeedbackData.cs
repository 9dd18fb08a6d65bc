namespace MigrationBot.Guide.Cards;

/// <summary>
/// <c>{"action":"feedback","helpful":true,"section":"...","question":"..."}</c>: the user rated an answer.
/// </summary>
/// <param name="Helpful">True for "Helpful", false for "Not helpful".</param>
/// <param name="Section">Id of the section the answer showed.</param>
/// <param name="Question">The question the answer was for.</param>
public sealed record FeedbackData(bool Helpful, string Section, string Question) : CardActionData
{
    private protected override bool IsComplete => !string.IsNullOrWhiteSpace(Section);
}
