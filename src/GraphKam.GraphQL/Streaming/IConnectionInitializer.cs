using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace GraphKam.GraphQL.Streaming;

/// <summary>
/// The outcome of a WebSocket's <c>connection_init</c>: who the connection acts as, or why it is refused. A user whose
/// token carries an expiry (<see cref="Security.CredentialExpiry"/>) is disconnected (4403) when it passes, and one
/// whose credentials are revoked meanwhile (<see cref="Security.IPrincipalValidator"/>) within a check interval.
/// </summary>
public sealed record ConnectionInitResult(bool Accepted, ClaimsPrincipal? User, string? Reason = null)
{
    public static ConnectionInitResult Accept(ClaimsPrincipal? user) => new(true, user);
    public static ConnectionInitResult Refuse(string reason) => new(false, null, reason);
}

/// <summary>
/// Decides a WebSocket's <c>connection_init</c> from its payload (e.g. a token, as browsers cannot set headers on
/// a WebSocket) and the upgrade request. The default accepts everyone as the upgrade request's user.
/// </summary>
public interface IConnectionInitializer
{
    ValueTask<ConnectionInitResult> InitializeAsync(HttpContext http, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken);
}

public sealed class AcceptingConnectionInitializer : IConnectionInitializer
{
    public ValueTask<ConnectionInitResult> InitializeAsync(HttpContext http, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ConnectionInitResult.Accept(http.User));
}
