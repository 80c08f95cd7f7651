using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace GraphKam.GraphQL.RateLimiting;

/// <summary>Who spends the rate: the signed-in login (null for anonymous callers) and the client's address.</summary>
public sealed record Caller(string? Login, string Address)
{
    /// <summary>Where the executor leaves the caller for the cost check in validation.</summary>
    internal const string UserContextKey = "GraphKam.Caller";

    public static Caller Of(ClaimsPrincipal? user, HttpContext? http)
    {
        var login = user?.Identity?.IsAuthenticated == true
            ? user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.Identity.Name
            : null;
        return new Caller(login, http?.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
