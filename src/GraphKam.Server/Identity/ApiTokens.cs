using System.Globalization;
using System.Security.Claims;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Identity;

/// <summary>Reads API tokens (<c>gk_…</c>): a partner portal's server acting as its distributor, with the token's scopes.</summary>
public sealed class ApiTokens(IDbContextFactory<GraphKamDbContext> databases, TimeProvider clock)
{
    public const string Prefix = "gk_";
    public const string AuthenticationType = "api-token";
    private const string SubjectPrefix = "api-token:";

    /// <summary>The ID of the API token a principal signed in with; null for other principals.</summary>
    public static int? IdOf(ClaimsPrincipal user) =>
        user.FindFirst("sub")?.Value is { } subject && subject.StartsWith(SubjectPrefix, StringComparison.Ordinal)
        && int.TryParse(subject.AsSpan(SubjectPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id : null;

    /// <summary>The principal of a valid token and when it ends; null for an unknown, revoked or expired one.</summary>
    public async Task<(ClaimsPrincipal User, DateTimeOffset ExpiresAt)?> ReadAsync(string token, CancellationToken cancellationToken)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var hash = TokenService.Hash(token);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var stored = await db.ApiTokens.FirstOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (stored == null || stored.RevokedAt != null || stored.ExpiresAt <= now) return null;
        var identity = new ClaimsIdentity(AuthenticationType, "name", "role");
        identity.AddClaim(new Claim("sub", $"{SubjectPrefix}{stored.Id}"));
        identity.AddClaim(new Claim("name", $"api-token:{stored.Name}"));
        identity.AddClaim(new Claim("role", Roles.Partner));
        identity.AddClaim(new Claim(GraphKamClaims.Distributor, stored.DistributorId.ToString(CultureInfo.InvariantCulture)));
        // The standard expiry claim, as access tokens carry it: streams opened with the token end when it does.
        identity.AddClaim(new Claim("exp", new DateTimeOffset(stored.ExpiresAt, TimeSpan.Zero).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        foreach (var scope in stored.Scopes) identity.AddClaim(new Claim(AuthorizationRule.ScopeClaim, scope));
        return (new ClaimsPrincipal(identity), new DateTimeOffset(stored.ExpiresAt, TimeSpan.Zero));
    }
}
