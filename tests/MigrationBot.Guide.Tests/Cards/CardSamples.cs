using System.Globalization;
using MigrationBot.Guide.Cards;

namespace MigrationBot.Guide.Tests.Cards;

/// <summary>The fixed replies the file-driven, renderer and browser tests share, by name.</summary>
internal static class CardSamples
{
    public const string HostileQuestion = "**bold** [x](http://evil) <at>Bob</at>";

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    public static CardReply AnswerWithMappings() => AnswerCard.Build(
        CardTestGuide.AnswerFor(
            "What replaces Amazon S3?",
            "services/storage.md#object-storage",
            summary: ["Amazon S3 maps to Azure Blob Storage.", "Containers play the role of buckets."],
            related: ["services/storage.md#blob-storage-tiers", "services/storage.md#copy-data-with-azcopy", "journey/migrate.md#checklist"]),
        CardTestGuide.Guide,
        English);

    public static CardReply AnswerWithoutMappings() => AnswerCard.Build(
        CardTestGuide.AnswerFor(
            "What do I do to prepare?",
            "journey/prepare.md#activities",
            related: ["journey/design.md#outputs"]),
        CardTestGuide.Guide,
        English);

    public static CardReply AnswerToHostileQuestion() => AnswerCard.Build(
        CardTestGuide.AnswerFor(HostileQuestion, "services/storage.md#blob-storage-tiers"),
        CardTestGuide.Guide,
        English);

    public static CardReply Step() => StepCard.Build(CardTestGuide.Guide, 3, English);

    public static CardReply Journey() => JourneyCard.Build(CardTestGuide.Guide, English);

    public static CardReply Welcome() => WelcomeCard.Build(CardTestGuide.Guide, English);

    public static CardReply NotCovered() => NotCoveredCard.Build(
        CardTestGuide.Declined(HostileQuestion, "services/storage.md#blob-storage-tiers", "journey/assess.md#activities"),
        CardTestGuide.Guide,
        English);

    /// <summary>Every fixed reply by the name of its expected file.</summary>
    public static IReadOnlyDictionary<string, CardReply> All() => new Dictionary<string, CardReply>
    {
        ["answer-with-mappings"] = AnswerWithMappings(),
        ["answer-without-mappings"] = AnswerWithoutMappings(),
        ["answer-hostile-question"] = AnswerToHostileQuestion(),
        ["step"] = Step(),
        ["journey"] = Journey(),
        ["welcome"] = Welcome(),
        ["not-covered"] = NotCovered(),
    };
}
