namespace MigrationBot.Guide.Answering;

/// <summary>
/// What the guide says about a question: the one section that answers it best, summarized, or an honest decline.
/// </summary>
/// <param name="Question">The question as asked (trimmed).</param>
/// <param name="Declined">True when the guide does not cover the question; then <see cref="Best"/> is null and <see cref="Results"/> is empty.</param>
/// <param name="Best">The section that answers the question.</param>
/// <param name="Summary">The 2-5 sentences or list items of the best section most relevant to the question, in their original order.</param>
/// <param name="Mappings">Mapping rows of the services the question names, when the guide maps them.</param>
/// <param name="NextStep">The next step after the best section's article.</param>
/// <param name="Related">Up to three sections from other articles.</param>
/// <param name="Closest">When declined: the nearest topics the guide does cover.</param>
/// <param name="Results">The ranking, best first, one entry per section.</param>
public sealed record Answer(
    string Question,
    bool Declined,
    AnswerSection? Best,
    IReadOnlyList<string> Summary,
    IReadOnlyList<ServiceMapping> Mappings,
    GuideLink? NextStep,
    IReadOnlyList<AnswerSection> Related,
    IReadOnlyList<AnswerSection> Closest,
    IReadOnlyList<AnswerSection> Results);
