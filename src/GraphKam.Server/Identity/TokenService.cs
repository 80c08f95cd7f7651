using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphKam.Server.Identity;

public sealed record TokenPair(string AccessToken, string RefreshToken, int ExpiresIn);

/// <summary>
/// Issues access tokens (short-lived JWTs) and refresh tokens (random, stored hashed, used once), both of one
/// <see cref="LoginSession"/> from sign-in to sign-out.
/// </summary>
public sealed class TokenService(IOptions<AuthOptions> options, SymmetricSecurityKey key, UserManager<Login> users,
    LoginSessions sessions, TimeProvider clock)
{
    public const string Algorithm = SecurityAlgorithms.HmacSha256;

    /// <summary>
    /// The claims of a login: who it is, its roles, its person, (for a partner) its distributor, and its session.
    /// </summary>
    public async Task<ClaimsIdentity> IdentityOfAsync(Login login, LoginSession session, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, JwtRegisteredClaimNames.Name, "role");
        identity.AddClaim(new Claim(JwtRegisteredClaimNames.Sub, login.Id.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(JwtRegisteredClaimNames.Name, login.Email ?? login.UserName ?? ""));
        identity.AddClaim(new Claim(GraphKamClaims.Person, login.PersonId.ToString(CultureInfo.InvariantCulture)));
        if (login.DistributorId is { } distributor) identity.AddClaim(new Claim(GraphKamClaims.Distributor, distributor.ToString(CultureInfo.InvariantCulture)));
        foreach (var role in await users.GetRolesAsync(login)) identity.AddClaim(new Claim("role", role));
        SessionClaims.Add(identity, session);
        return identity;
    }

    /// <summary>Signs a login in with tokens: a new session, its first access and refresh tokens.</summary>
    public async Task<TokenPair> IssueAsync(GraphKamDbContext db, Login login, CancellationToken cancellationToken)
    {
        var session = await sessions.StartAsync(db, login, SessionKind.Token, cancellationToken);
        return await IssueAsync(db, login, session, cancellationToken);
    }

    private async Task<TokenPair> IssueAsync(GraphKamDbContext db, Login login, LoginSession session,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lifetime = options.Value.AccessTokenLifetime;
        var access = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = await IdentityOfAsync(login, session, "password"),
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.Add(lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, Algorithm),
        });
        var refresh = NewSecret("gkr_");
        db.RefreshTokens.Add(new RefreshToken
        {
            LoginId = login.Id,
            SessionId = session.Id,
            Hash = Hash(refresh),
            ExpiresAt = now.Add(options.Value.RefreshTokenLifetime).UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new TokenPair(access, refresh, (int)lifetime.TotalSeconds);
    }

    /// <summary>
    /// Exchanges a refresh token for new tokens of the same session; the old one is spent. Presenting a spent token
    /// again, or the same token twice at once, means it was stolen (or replayed): every refresh token of that login is
    /// then revoked, and its session ends. A session signed out, or begun before its login's security stamp changed,
    /// is not refreshed.
    /// </summary>
    public async Task<TokenPair?> RefreshAsync(GraphKamDbContext db, string refreshToken, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = Hash(refreshToken);
        var stored = await db.RefreshTokens.Include(t => t.Login)
            .FirstOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        if (stored?.Login == null) return null;
        if (stored.RevokedAt != null) return await ReplayedAsync(db, stored, cancellationToken);
        if (stored.ExpiresAt <= now || await users.IsLockedOutAsync(stored.Login)) return null;
        var session = await db.Set<LoginSession>()
            .FirstOrDefaultAsync(s => s.Id == stored.SessionId, cancellationToken);
        var stamp = SessionClaims.Fingerprint(stored.Login.SecurityStamp);
        if (session != null && (session.EndedAt != null || session.Stamp != stamp)) return null;
        // Spent in one conditional UPDATE: of concurrent requests with one token, only the one that changed the row
        // goes on (reading and then writing would let several through); the others are replays.
        var spent = await db.RefreshTokens.Where(t => t.Id == stored.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
        if (spent != 1) return await ReplayedAsync(db, stored, cancellationToken);
        // A token issued before sessions existed begins one.
        session ??= await sessions.StartAsync(db, stored.Login, SessionKind.Token, cancellationToken);
        return await IssueAsync(db, stored.Login, session, cancellationToken);
    }

    private async Task<TokenPair?> ReplayedAsync(GraphKamDbContext db, RefreshToken spent,
        CancellationToken cancellationToken)
    {
        await RevokeAllAsync(db, spent.LoginId, cancellationToken);
        if (spent.SessionId != null) await sessions.EndAsync(db, spent.SessionId, cancellationToken);
        return null;
    }

    /// <summary>Signs out with a refresh token: it is revoked, and its session ends.</summary>
    public async Task RevokeAsync(GraphKamDbContext db, string refreshToken, CancellationToken cancellationToken)
    {
        var hash = Hash(refreshToken);
        var sessionId = await db.RefreshTokens.Where(t => t.Hash == hash).Select(t => t.SessionId)
            .FirstOrDefaultAsync(cancellationToken);
        await db.RefreshTokens.Where(t => t.Hash == hash && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
        if (sessionId != null) await sessions.EndAsync(db, sessionId, cancellationToken);
    }

    public Task RevokeAllAsync(GraphKamDbContext db, int loginId, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.LoginId == loginId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);

    /// <summary>A random secret with a prefix that tells what it is (and lets secret scanners find leaked ones).</summary>
    public static string NewSecret(string prefix) => prefix + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));
}
