namespace MigrationBot.Channel;

/// <summary>Who sent an inbound activity, as established by its validated token.</summary>
/// <param name="Kind">How the caller authenticated.</param>
/// <param name="Issuer">The token's issuer; null when anonymous.</param>
/// <param name="AppId">The audience the token was issued to: our app id; null when anonymous.</param>
/// <param name="CallerAppId">The app that asked for the token (<c>appid</c>/<c>azp</c>) on Entra tokens.</param>
/// <param name="ServiceUrl">The <c>serviceurl</c> claim of a channel token.</param>
public sealed record CallerIdentity(CallerKind Kind, string? Issuer, string? AppId, string? CallerAppId, string? ServiceUrl)
{
    /// <summary>The identity of a request without a token in Development.</summary>
    public static CallerIdentity Anonymous { get; } = new(CallerKind.Anonymous, null, null, null, null);
}
