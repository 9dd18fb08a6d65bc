namespace MigrationBot.Storage;

/// <summary>A helpful / not helpful vote on one section of an answer. It carries no user id.</summary>
/// <param name="SectionId">The section the vote is about.</param>
/// <param name="Question">The question the section answered.</param>
/// <param name="Helpful">Whether the user found it helpful.</param>
/// <param name="GivenAt">When the vote was recorded.</param>
public sealed record FeedbackEntry(string SectionId, string Question, bool Helpful, DateTimeOffset GivenAt);
