using System.Security.Claims;

namespace GraphKam.GraphQL.Security;

/// <summary>When a principal's credentials end, so that streams opened with them end too.</summary>
public static class CredentialExpiry
{
    /// <summary>The standard <c>exp</c> claim of tokens (seconds since 1970); null when there is none (e.g. a cookie).</summary>
    public static DateTimeOffset? Of(ClaimsPrincipal? user) =>
        long.TryParse(user?.FindFirst("exp")?.Value, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    // A timer takes at most about 49.7 days (2^32 - 2 ms); an API token may run for a year.
    private static readonly TimeSpan LongestStep = TimeSpan.FromDays(1);

    /// <summary>
    /// Completes once <paramref name="expiresAt"/> has come on <paramref name="clock"/> (cancelled by
    /// <paramref name="stop"/>): however far away it is, in steps of at most a day, each measured anew.
    /// </summary>
    public static async Task WaitAsync(DateTimeOffset expiresAt, TimeProvider clock, CancellationToken stop)
    {
        for (var left = Remaining(expiresAt, clock); left > TimeSpan.Zero; left = Remaining(expiresAt, clock))
            await Task.Delay(left < LongestStep ? left : LongestStep, clock, stop);
    }

    /// <summary>How long until <paramref name="expiresAt"/> on <paramref name="clock"/>; zero once it has passed.</summary>
    public static TimeSpan Remaining(DateTimeOffset expiresAt, TimeProvider clock)
    {
        var left = expiresAt - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
