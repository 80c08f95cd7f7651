using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GraphKam.Server.Identity;

/// <summary>The claims that tie a cookie or access token to its <see cref="LoginSession"/> and its login.</summary>
public static class SessionClaims
{
    public const string SessionId = JwtRegisteredClaimNames.Sid;

    /// <summary>A fingerprint of the login's security stamp when the session began.</summary>
    public const string Stamp = "stamp";

    public const int StampLength = 16;

    /// <summary>
    /// A short hash of Identity's security stamp: enough to see that it changed, without putting the stamp itself in
    /// a token anyone holding it can read (Identity derives one-time codes from the stamp).
    /// </summary>
    public static string Fingerprint(string? securityStamp) => TokenService.Hash(securityStamp ?? "")[..StampLength];

    public static void Add(ClaimsIdentity identity, LoginSession session)
    {
        identity.AddClaim(new Claim(SessionId, session.Id));
        identity.AddClaim(new Claim(Stamp, session.Stamp));
    }

    /// <summary>The login, session and stamp fingerprint a principal claims; null for others (API tokens).</summary>
    public static (int LoginId, string SessionId, string Stamp)? Of(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var login)
        && user.FindFirst(SessionId)?.Value is { } session && user.FindFirst(Stamp)?.Value is { } stamp
            ? (login, session, stamp)
            : null;
}
