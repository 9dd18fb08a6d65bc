namespace MigrationBot.Storage;

/// <summary>The checks every store applies to what it is given, so both implementations accept the same input.</summary>
internal static class StoreArguments
{
    /// <summary>Longest id accepted (conversation, team, card, item, section and activity ids).</summary>
    public const int MaxIdLength = 512;

    /// <summary>Longest question kept; a longer one is cut, since it only gives context.</summary>
    public const int MaxQuestionLength = 2000;

    /// <summary>Most items one checklist card may have, which keeps a card within one Table Storage entity.</summary>
    public const int MaxChecklistItems = 100;

    /// <summary>Most related sections kept with a last answer.</summary>
    public const int MaxRelatedSections = 50;

    /// <summary>Longest display name kept.</summary>
    public const int MaxNameLength = 256;

    public static void RequireConversation(ConversationKey? conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        conversation.Validate();
    }

    public static void RequireId(string? value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        if (value.Length > MaxIdLength)
        {
            throw new ArgumentException($"{name} is {value.Length} characters long; at most {MaxIdLength} are accepted.", name);
        }
    }

    public static string Question(string? question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Length <= MaxQuestionLength ? question : question[..MaxQuestionLength];
    }

    public static string Name(string? name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name.Length <= MaxNameLength ? name : name[..MaxNameLength];
    }

    public static LastAnswer LastAnswer(LastAnswer? answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        RequireId(answer.BestSectionId, nameof(answer.BestSectionId));
        ArgumentNullException.ThrowIfNull(answer.RelatedSectionIds);
        if (answer.RelatedSectionIds.Count > MaxRelatedSections)
        {
            throw new ArgumentException($"A last answer keeps at most {MaxRelatedSections} related sections, not {answer.RelatedSectionIds.Count}.", nameof(answer));
        }

        foreach (var id in answer.RelatedSectionIds)
        {
            RequireId(id, nameof(answer.RelatedSectionIds));
        }

        if (answer.NextStepSectionId is not null)
        {
            RequireId(answer.NextStepSectionId, nameof(answer.NextStepSectionId));
        }

        if (answer.NextStepUrl is not null && answer.NextStepUrl.Length > MaxQuestionLength)
        {
            throw new ArgumentException($"The next step URL is longer than {MaxQuestionLength} characters.", nameof(answer));
        }

        return answer with { Question = Question(answer.Question), RelatedSectionIds = [.. answer.RelatedSectionIds] };
    }

    public static ChecklistChange Change(ChecklistChange? change)
    {
        ArgumentNullException.ThrowIfNull(change);
        RequireId(change.ItemId, nameof(change.ItemId));
        RequireId(change.UserId, nameof(change.UserId));
        return change with { UserName = Name(change.UserName) };
    }
}
