namespace MigrationBot.Guide;

/// <summary>What an article is to the journey.</summary>
public enum ArticleKind
{
    /// <summary>Any article that is neither a step nor a service guide (a hub, an overview).</summary>
    Article,

    /// <summary>A step of the migration journey.</summary>
    Step,

    /// <summary>A guide to one service area (compute, storage, ...).</summary>
    Service,
}
