namespace MigrationBot.Guide.Answering;

/// <summary>
/// Common English verbs, adverbs and fillers of chat that name no topic ("come", "got", "meant", "anyway"). A guide
/// that never happens to write one of them says nothing about whether it covers the question, so the decline
/// evidence does not count them as unknown words.
/// </summary>
internal static class ChatWords
{
    /// <summary>The words, before analysis.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "come", "comes", "coming", "came", "got", "gotten", "made", "say", "says", "said", "put", "puts", "take",
        "takes", "took", "taken", "keep", "keeps", "kept", "try", "trying", "tried", "seem", "seems", "think",
        "thinking", "thought", "ask", "asks", "asked", "asking", "wonder", "meant", "skip", "sure", "anyway", "anyways",
        "whole", "bit", "little", "yes", "no", "guess", "told", "talk", "talking", "hear", "heard", "feel", "felt",
        "worried", "worry", "mind", "figure", "figured", "else", "went", "gone", "goes", "kick", "kicking", "fall",
        "falls", "wait", "waiting", "saw", "seen", "see", "getting", "gets", "making", "makes", "taking", "putting",
        "looking", "looks", "looked", "trouble", "hard", "happy", "okay", "fine", "nice", "great", "awful", "terrible",
        "somehow", "somewhere", "anywhere", "anymore", "later", "soon", "sometimes", "often", "always", "never",
        "literally", "totally", "definitely", "seriously", "super", "tons", "ton", "whatever", "whichever", "boss",
        "mgmt", "management", "folks", "guys",
    ];
}
