namespace MigrationBot.Guide.Answering;

/// <summary>What put the first result of an answer first.</summary>
public enum AnswerRoute
{
    /// <summary>The search ranking alone.</summary>
    Search,

    /// <summary>The question asks what a term means and the guide defines it.</summary>
    Definition,

    /// <summary>The question points at a step of the journey.</summary>
    Step,

    /// <summary>The question names a service of the guide's mapping tables.</summary>
    Mapping,

    /// <summary>The question asks for the counterpart of something a comparison table lists.</summary>
    Counterpart,
}
