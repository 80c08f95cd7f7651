using GraphKam.Server.Common;
using System.Security.Claims;
using System.Security.Cryptography;
using GraphKam.Server.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphKam.Server.Identity;

public sealed record TokenPair(string AccessToken, string RefreshToken, int ExpiresIn);

/// <summary>Issues access tokens (short-lived JWTs) and refresh tokens (random, stored hashed, used once).</summary>
public sealed class TokenService(IOptions<AuthOptions> options, SymmetricSecurityKey key, UserManager<Login> users, TimeProvider clock)
{
    public const string Algorithm = SecurityAlgorithms.HmacSha256;

    /// <summary>The claims of a login: who it is, its roles, its person and (for a partner) its distributor.</summary>
    public async Task<ClaimsIdentity> IdentityOfAsync(Login login, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, JwtRegisteredClaimNames.Name, "role");
        identity.AddClaim(new Claim(JwtRegisteredClaimNames.Sub, login.Id.ToString()));
        identity.AddClaim(new Claim(JwtRegisteredClaimNames.Name, login.Email ?? login.UserName ?? ""));
        identity.AddClaim(new Claim(GraphKamClaims.Person, login.PersonId.ToString()));
        if (login.DistributorId is { } distributor) identity.AddClaim(new Claim(GraphKamClaims.Distributor, distributor.ToString()));
        foreach (var role in await users.GetRolesAsync(login)) identity.AddClaim(new Claim("role", role));
        return identity;
    }

    public async Task<TokenPair> IssueAsync(GraphKamDbContext db, Login login, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lifetime = options.Value.AccessTokenLifetime;
        var access = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = await IdentityOfAsync(login, "password"),
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.Add(lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, Algorithm),
        });
        var refresh = NewSecret("gkr_");
        db.RefreshTokens.Add(new RefreshToken { LoginId = login.Id, Hash = Hash(refresh), ExpiresAt = now.Add(options.Value.RefreshTokenLifetime).UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return new TokenPair(access, refresh, (int)lifetime.TotalSeconds);
    }

    /// <summary>
    /// Exchanges a refresh token for new tokens; the old one is spent. Presenting a spent token again means it was
    /// stolen (or replayed): every refresh token of that login is then revoked.
    /// </summary>
    public async Task<TokenPair?> RefreshAsync(GraphKamDbContext db, string refreshToken, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = Hash(refreshToken);
        var stored = await db.RefreshTokens.AsTracking().Include(t => t.Login).FirstOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        if (stored?.Login == null) return null;
        if (stored.RevokedAt != null)
        {
            await RevokeAllAsync(db, stored.LoginId, cancellationToken);
            return null;
        }
        if (stored.ExpiresAt <= now || await users.IsLockedOutAsync(stored.Login)) return null;
        stored.RevokedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return await IssueAsync(db, stored.Login, cancellationToken);
    }

    public async Task RevokeAsync(GraphKamDbContext db, string refreshToken, CancellationToken cancellationToken)
    {
        var hash = Hash(refreshToken);
        await db.RefreshTokens.Where(t => t.Hash == hash && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
    }

    public Task RevokeAllAsync(GraphKamDbContext db, int loginId, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.LoginId == loginId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);

    /// <summary>A random secret with a prefix that tells what it is (and lets secret scanners find leaked ones).</summary>
    public static string NewSecret(string prefix) => prefix + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));
}
