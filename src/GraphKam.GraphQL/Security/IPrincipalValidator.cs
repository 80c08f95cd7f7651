using System.Security.Claims;

namespace GraphKam.GraphQL.Security;

/// <summary>
/// Tells whether a signed-in principal's credentials still hold (its session was not ended, its token not revoked,
/// its login not changed since). Long-lived streams (WebSockets, server-sent events) were authenticated once, when they
/// opened, so they ask again every <see cref="CheckInterval"/> and end when the answer is no.
/// </summary>
public interface IPrincipalValidator
{
    /// <summary>How often an open stream asks; zero (or less) never asks.</summary>
    TimeSpan CheckInterval { get; }

    ValueTask<bool> IsValidAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>
    /// What <see cref="IsValidAsync"/> reads of a principal, as a key: open streams with the same key share one check
    /// per interval. Null (the default) checks each stream on its own.
    /// </summary>
    string? WatchKey(ClaimsPrincipal user) => null;
}

/// <summary>The default: credentials hold until they expire (<see cref="CredentialExpiry"/>).</summary>
public sealed class AcceptingPrincipalValidator : IPrincipalValidator
{
    public TimeSpan CheckInterval => TimeSpan.Zero;

    public ValueTask<bool> IsValidAsync(ClaimsPrincipal user, CancellationToken cancellationToken) => ValueTask.FromResult(true);
}
