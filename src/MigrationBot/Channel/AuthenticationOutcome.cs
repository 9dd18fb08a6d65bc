namespace MigrationBot.Channel;

/// <summary>The result of checking an inbound request: a caller, or the reason it was refused (logged, never sent back).</summary>
public sealed record AuthenticationOutcome(CallerIdentity? Caller, string? FailureReason)
{
    public bool Succeeded => Caller is not null;

    public static AuthenticationOutcome Success(CallerIdentity caller) => new(caller, null);

    public static AuthenticationOutcome Failure(string reason) => new(null, reason);
}
