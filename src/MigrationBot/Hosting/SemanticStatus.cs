namespace MigrationBot.Hosting;

/// <summary>Where the semantic leg stands (<c>Guide:Semantic</c>); the lexical index answers in every state.</summary>
public enum SemanticStatus
{
    /// <summary>Switched off by configuration.</summary>
    Off,

    /// <summary>The model is loading and the guide's sections are being embedded.</summary>
    Loading,

    /// <summary>In use.</summary>
    On,

    /// <summary>The model could not start (logged as an error).</summary>
    Failed,
}
