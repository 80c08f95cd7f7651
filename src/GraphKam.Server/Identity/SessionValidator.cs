using System.Collections.Concurrent;
using System.Security.Claims;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Identity;

/// <summary>
/// Whether a cookie, access token or API token still holds: its session not signed out, its login's security stamp
/// unchanged since sign-in, its API token not revoked. Asked on every request and, every
/// <see cref="AuthOptions.SessionCheckInterval"/>, by open WebSockets and SSE streams. What the database says is kept
/// for that interval (one query per session, not per request); changes made on this instance are forgotten at once.
/// </summary>
public sealed class SessionValidator(IServiceScopeFactory scopes, IOptions<AuthOptions> options, TimeProvider clock)
    : IPrincipalValidator
{
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, Remembered> _remembered = new(StringComparer.Ordinal);

    // How many times something was forgotten. A read that was under way meanwhile may have seen the database before the
    // change that made us forget (a session ended while it read): what it read is not remembered.
    private long _forgets;

    public TimeSpan CheckInterval => options.Value.SessionCheckInterval;

    public async ValueTask<bool> IsValidAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity is not { IsAuthenticated: true } identity) return true; // nobody signed in: nothing to end
        if (identity.AuthenticationType == ApiTokens.AuthenticationType)
        {
            if (ApiTokens.IdOf(user) is not { } tokenId) return false;
            var token = await RecallAsync($"api:{tokenId}", (db, ct) => ApiTokenStateAsync(db, tokenId, ct),
                cancellationToken);
            return token.Holds && token.ExpiresAt > clock.GetUtcNow().UtcDateTime;
        }
        // A login's cookie or access token without a session is refused (tokens issued before sessions existed).
        if (SessionClaims.Of(user) is not var (loginId, sessionId, stamp)) return false;
        var session = await RecallAsync($"session:{sessionId}", (db, ct) => SessionStateAsync(db, sessionId, ct),
            cancellationToken);
        return session.Holds && session.LoginId == loginId && session.Stamp == stamp;
    }

    /// <summary>
    /// What <see cref="IsValidAsync"/> reads: an API token's id, or a session with the login and stamp it claims. The
    /// streams of one session share one check per interval.
    /// </summary>
    public string? WatchKey(ClaimsPrincipal user)
    {
        if (user.Identity?.AuthenticationType == ApiTokens.AuthenticationType)
            return ApiTokens.IdOf(user) is { } tokenId ? $"api:{tokenId}" : null;
        return SessionClaims.Of(user) is var (loginId, sessionId, stamp) ? $"session:{sessionId}:{loginId}:{stamp}" : null;
    }

    /// <summary>A session ended here: every request and stream with it ends without waiting for the interval.</summary>
    public void ForgetSession(string sessionId)
    {
        // Counted before it is removed: a read that stores after the removal then sees the count changed.
        Interlocked.Increment(ref _forgets);
        _remembered.TryRemove($"session:{sessionId}", out _);
    }

    /// <summary>An API token was revoked here: its streams end at their next check, not an interval later.</summary>
    public void ForgetApiToken(int tokenId)
    {
        Interlocked.Increment(ref _forgets);
        _remembered.TryRemove($"api:{tokenId}", out _);
    }

    /// <summary>A login's stamp changed here: the same for all its sessions.</summary>
    public void ForgetLogin(int loginId)
    {
        Interlocked.Increment(ref _forgets);
        foreach (var (key, state) in _remembered)
            if (state.LoginId == loginId) _remembered.TryRemove(key, out _);
    }

    private async Task<Remembered> RecallAsync(string key,
        Func<GraphKamDbContext, CancellationToken, Task<Remembered>> read, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_remembered.TryGetValue(key, out var known) && now - known.At < CheckInterval) return known;
        var forgets = Interlocked.Read(ref _forgets);
        // The system's own read (no caller): a partner's query filters must not hide its own login's row.
        await using var scope = scopes.CreateAsyncScope();
        var databases = scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var state = await read(db, cancellationToken) with { At = now };
        if (_remembered.Count >= MaxRemembered) Prune(now);
        _remembered[key] = state;
        // Something was forgotten while this read ran: it may be of what was read. This caller raced the change and
        // gets the answer; later ones read again.
        if (Interlocked.Read(ref _forgets) != forgets) _remembered.TryRemove(KeyValuePair.Create(key, state));
        return state;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, state) in _remembered)
            if (now - state.At >= CheckInterval) _remembered.TryRemove(key, out _);
    }

    private static async Task<Remembered> SessionStateAsync(GraphKamDbContext db, string sessionId,
        CancellationToken cancellationToken)
    {
        var session = await db.Set<LoginSession>().Where(s => s.Id == sessionId)
            .Select(s => new { s.LoginId, s.EndedAt, s.Login!.SecurityStamp }).FirstOrDefaultAsync(cancellationToken);
        return session == null ? Remembered.Gone
            : new Remembered(session.EndedAt == null, session.LoginId, SessionClaims.Fingerprint(session.SecurityStamp),
                DateTime.MaxValue);
    }

    private static async Task<Remembered> ApiTokenStateAsync(GraphKamDbContext db, int tokenId,
        CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.Where(t => t.Id == tokenId).Select(t => new { t.RevokedAt, t.ExpiresAt })
            .FirstOrDefaultAsync(cancellationToken);
        return token == null ? Remembered.Gone : new Remembered(token.RevokedAt == null, null, null, token.ExpiresAt);
    }

    /// <summary>What the database said: whether it holds, whose it is, the login's current stamp fingerprint.</summary>
    private sealed record Remembered(bool Holds, int? LoginId, string? Stamp, DateTime ExpiresAt)
    {
        public static readonly Remembered Gone = new(false, null, null, DateTime.MinValue);
        public DateTimeOffset At { get; init; }
    }
}
