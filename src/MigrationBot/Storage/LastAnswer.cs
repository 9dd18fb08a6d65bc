namespace MigrationBot.Storage;

/// <summary>
/// The answer last shown in a conversation, as much as <c>next</c> and <c>more</c> need to go on from it:
/// ids of guide sections and links, not the rendered answer.
/// </summary>
/// <param name="Question">The question as the user asked it.</param>
/// <param name="BestSectionId">The section that answered it.</param>
/// <param name="RelatedSectionIds">Related sections, best first, that <c>more</c> shows.</param>
/// <param name="NextStepSectionId">The section of the next journey step, when it is in the guide.</param>
/// <param name="NextStepUrl">The next step's link, when it points outside the guide.</param>
public sealed record LastAnswer(
    string Question,
    string BestSectionId,
    IReadOnlyList<string> RelatedSectionIds,
    string? NextStepSectionId,
    string? NextStepUrl);
