namespace MigrationBot.Guide.Cards;

/// <summary>
/// <c>{"action":"next","section":"prepare.md"}</c>: the user follows an answer's next step; show that section
/// (the step card when it is a journey step's article).
/// </summary>
/// <param name="Section">Id of the target section (<see cref="GuideLink.SectionId"/>).</param>
public sealed record NextStepData(string Section) : CardActionData
{
    private protected override bool IsComplete => !string.IsNullOrWhiteSpace(Section);
}
