using GraphKam.Server.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Identity;

/// <summary>
/// Locks an e-mail address out of sign-in for <see cref="LockoutOptions.DefaultLockoutTimeSpan"/> after
/// <see cref="LockoutOptions.MaxFailedAccessAttempts"/> failures within as long, the same for addresses no login has:
/// answers must not tell which addresses exist. Counted in the database with single statements, so that failures on
/// several instances (and concurrent ones) all count.
/// </summary>
public sealed class SignInThrottle(IDbContextFactory<GraphKamDbContext> databases, IOptions<IdentityOptions> identity,
    TimeProvider clock)
{
    private LockoutOptions Lockout => identity.Value.Lockout;

    public async Task<bool> IsLockedAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        var key = KeyOf(normalizedEmail);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<FailedSignIn>().AnyAsync(f => f.EmailHash == key && f.LockedUntil > now, cancellationToken);
    }

    /// <summary>Counts a failure; true when the address is now locked (this was the last failure allowed).</summary>
    public async Task<bool> FailedAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        var key = KeyOf(normalizedEmail);
        var now = clock.GetUtcNow().UtcDateTime;
        var windowOpen = now - Lockout.DefaultLockoutTimeSpan; // failures before this no longer count
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var row = db.Set<FailedSignIn>().Where(f => f.EmailHash == key);
        // Rows whose failures no longer count nor lock: the table holds only the last few minutes' failures.
        await db.Set<FailedSignIn>()
            .Where(f => f.WindowStart <= windowOpen && (f.LockedUntil == null || f.LockedUntil <= now))
            .ExecuteDeleteAsync(cancellationToken);
        for (var attempt = 1; await CountAsync(row, windowOpen, now, cancellationToken) == 0; attempt++)
        {
            if (await TryAddAsync(db, key, now, cancellationToken)) break;
            if (attempt == 3) throw new InvalidOperationException("A failed sign-in could not be counted.");
        }
        await row.Where(f => f.Failures >= Lockout.MaxFailedAccessAttempts).ExecuteUpdateAsync(set => set
            .SetProperty(f => f.LockedUntil, now + Lockout.DefaultLockoutTimeSpan)
            .SetProperty(f => f.Failures, 0), cancellationToken);
        return await row.AnyAsync(f => f.LockedUntil > now, cancellationToken);
    }

    /// <summary>A successful sign-in (or an administrator's unlock) clears the address's failures.</summary>
    public async Task ResetAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        var key = KeyOf(normalizedEmail);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await db.Set<FailedSignIn>().Where(f => f.EmailHash == key).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>One more failure in the window, or the first of a new one; 0 when the address has no row yet.</summary>
    private static Task<int> CountAsync(IQueryable<FailedSignIn> row, DateTime windowOpen, DateTime now,
        CancellationToken cancellationToken) =>
        row.ExecuteUpdateAsync(set => set
            .SetProperty(f => f.Failures, f => f.WindowStart > windowOpen ? f.Failures + 1 : 1)
            .SetProperty(f => f.WindowStart, f => f.WindowStart > windowOpen ? f.WindowStart : now), cancellationToken);

    /// <summary>The first failure of an address; false when another request added it first (count again).</summary>
    private static async Task<bool> TryAddAsync(GraphKamDbContext db, string key, DateTime now,
        CancellationToken cancellationToken)
    {
        var first = new FailedSignIn { EmailHash = key, Failures = 1, WindowStart = now };
        db.Add(first);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(first).State = EntityState.Detached;
            return false;
        }
    }

    private static string KeyOf(string normalizedEmail) => TokenService.Hash(normalizedEmail);
}
