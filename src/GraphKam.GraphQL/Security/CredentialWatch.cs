using System.Security.Claims;
using Microsoft.Extensions.Logging;

namespace GraphKam.GraphQL.Security;

/// <summary>Asks an <see cref="IPrincipalValidator"/> about an open stream's principal at its interval.</summary>
public static partial class CredentialWatch
{
    /// <summary>Whether a stream opened by <paramref name="user"/> needs watching at all.</summary>
    public static bool Applies(IPrincipalValidator validator, ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && validator.CheckInterval > TimeSpan.Zero;

    /// <summary>
    /// Completes with true once the principal's credentials no longer hold; with false when <paramref name="stop"/>
    /// comes first (or there is nothing to watch).
    /// </summary>
    public static async Task<bool> RevokedAsync(IPrincipalValidator validator, ClaimsPrincipal? user, TimeProvider clock,
        ILogger logger, CancellationToken stop)
    {
        if (user == null || !Applies(validator, user)) return false;
        while (true)
        {
            // One delay at a time, not a periodic timer: a clock moved far ahead fires one check, not thousands.
            try { await Task.Delay(validator.CheckInterval, clock, stop); }
            catch (OperationCanceledException) { return false; }
            try
            {
                if (!await validator.IsValidAsync(user, stop)) return true;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { return false; }
            catch (Exception error)
            {
                // A failed check (the database briefly away) is not a revocation: ask again at the next interval.
                LogCheckFailed(logger, error);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking an open stream's credentials failed; checking again later.")]
    private static partial void LogCheckFailed(ILogger logger, Exception error);
}
