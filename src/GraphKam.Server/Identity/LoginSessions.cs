using System.Security.Claims;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Identity;

/// <summary>Begins and ends <see cref="LoginSession"/>s (as the system: nobody is signed in yet or still).</summary>
public sealed class LoginSessions(SessionValidator validator, TimeProvider clock)
{
    public async Task<LoginSession> StartAsync(GraphKamDbContext db, Login login, SessionKind kind,
        CancellationToken cancellationToken)
    {
        var session = new LoginSession
        {
            Id = Guid.NewGuid().ToString("N"),
            LoginId = login.Id,
            Kind = kind,
            Stamp = SessionClaims.Fingerprint(login.SecurityStamp),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    /// <summary>Signs a session out: its cookie or access tokens stop working, its refresh tokens too.</summary>
    public async Task EndAsync(GraphKamDbContext db, string sessionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<LoginSession>().Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now), cancellationToken);
        await db.RefreshTokens.Where(t => t.SessionId == sessionId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
        validator.ForgetSession(sessionId);
    }

    /// <summary>Ends the session a cookie or access token belongs to (nothing for an API token or nobody).</summary>
    public Task EndAsync(GraphKamDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        SessionClaims.Of(user) is var (_, sessionId, _)
            ? EndAsync(db, sessionId, cancellationToken)
            : Task.CompletedTask;
}
