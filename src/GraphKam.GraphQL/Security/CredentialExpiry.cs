using System.Security.Claims;

namespace GraphKam.GraphQL.Security;

/// <summary>When a principal's credentials end, so that streams opened with them end too.</summary>
public static class CredentialExpiry
{
    /// <summary>The standard <c>exp</c> claim of tokens (seconds since 1970); null when there is none (e.g. a cookie).</summary>
    public static DateTimeOffset? Of(ClaimsPrincipal? user) =>
        long.TryParse(user?.FindFirst("exp")?.Value, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    /// <summary>How long until <paramref name="expiresAt"/> on <paramref name="clock"/>; zero once it has passed.</summary>
    public static TimeSpan Remaining(DateTimeOffset expiresAt, TimeProvider clock)
    {
        var left = expiresAt - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
