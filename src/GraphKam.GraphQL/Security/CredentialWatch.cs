using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.Extensions.Logging;

namespace GraphKam.GraphQL.Security;

/// <summary>
/// Asks an <see cref="IPrincipalValidator"/> about an open stream's principal at its interval. Streams whose principals
/// the validator checks alike (<see cref="IPrincipalValidator.WatchKey"/>: the same session) share one watch, so ten
/// thousand streams of a hundred sessions make a hundred checks and timers per interval, not ten thousand.
/// </summary>
public static partial class CredentialWatch
{
    // One set of watches per validator (one per server; a test process runs many servers).
    private static readonly ConditionalWeakTable<IPrincipalValidator, ConcurrentDictionary<string, SharedCredentialWatch>> Watches = new();

    /// <summary>Whether a stream opened by <paramref name="user"/> needs watching at all.</summary>
    public static bool Applies(IPrincipalValidator validator, ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && validator.CheckInterval > TimeSpan.Zero;

    /// <summary>
    /// Completes with true once the principal's credentials no longer hold; with false when <paramref name="stop"/>
    /// comes first (or there is nothing to watch).
    /// </summary>
    public static Task<bool> RevokedAsync(IPrincipalValidator validator, ClaimsPrincipal? user, TimeProvider clock,
        ILogger logger, CancellationToken stop)
    {
        if (user == null || !Applies(validator, user)) return Task.FromResult(false);
        // Without a key the stream has a watch of its own, kept in no registry: the same loop, for one stream.
        if (validator.WatchKey(user) is not { } key) return new SharedCredentialWatch(validator, user, clock, logger).Join(stop)!;
        var watches = Watches.GetValue(validator, _ => new ConcurrentDictionary<string, SharedCredentialWatch>(StringComparer.Ordinal));
        while (true)
        {
            var watch = watches.GetOrAdd(key, _ => new SharedCredentialWatch(validator, user, clock, logger, (watches, key)));
            if (watch.Join(stop) is { } revoked) return revoked;
            // That watch has just ended (its last stream left, or it found the credentials revoked): start anew.
            watches.TryRemove(new KeyValuePair<string, SharedCredentialWatch>(key, watch));
        }
    }

    /// <summary>The number of shared watches running for <paramref name="validator"/> (for tests and diagnostics).</summary>
    public static int SharedWatchCount(IPrincipalValidator validator) =>
        Watches.TryGetValue(validator, out var watches) ? watches.Count : 0;

    /// <summary>False when the credentials no longer hold; null when the check could not tell (failed or stopped).</summary>
    internal static async Task<bool?> CheckAsync(IPrincipalValidator validator, ClaimsPrincipal user, ILogger logger,
        CancellationToken stop)
    {
        try
        {
            return await validator.IsValidAsync(user, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { return null; }
        catch (Exception error)
        {
            // A failed check (the database briefly away) is not a revocation: ask again at the next interval.
            LogCheckFailed(logger, error);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking an open stream's credentials failed; checking again later.")]
    private static partial void LogCheckFailed(ILogger logger, Exception error);
}
