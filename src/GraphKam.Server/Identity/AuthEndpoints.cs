using System.Security.Claims;
using GraphKam.Server.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Identity;

public sealed record Credentials(string? Email, string? Password);
public sealed record RefreshRequest(string? RefreshToken);

/// <summary>
/// Sign-in outside GraphQL, as OAuth-style JSON endpoints: <c>/auth/login</c> (tokens for API clients),
/// <c>/auth/refresh</c>, <c>/auth/logout</c>, and <c>/auth/cookie</c> (the dashboard's cookie). Each sign-in is a
/// <see cref="LoginSession"/> on the server, which sign-out ends for every instance. Bodies must be JSON,
/// which a cross-site form cannot send without a CORS preflight; errors are <c>{ error: { code, message } }</c>.
/// </summary>
public static class AuthEndpoints
{
    public static RouteGroupBuilder MapGraphKamAuth(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/auth");
        auth.MapPost("/login", async (Credentials credentials, SignInCheck check, TokenService tokens, IDbContextFactory<GraphKamDbContext> databases, CancellationToken cancellationToken) =>
        {
            var (outcome, login) = await check.CheckAsync(credentials.Email, credentials.Password, cancellationToken);
            if (login == null) return Refused(outcome);
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            return Results.Ok(await tokens.IssueAsync(db, login, cancellationToken));
        }).RequireRateLimiting(SignInRateLimit.Policy);
        auth.MapPost("/refresh", async (RefreshRequest request, TokenService tokens, IDbContextFactory<GraphKamDbContext> databases, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrEmpty(request.RefreshToken)) return Error(StatusCodes.Status400BadRequest, "INVALID_REQUEST", "Send { \"refreshToken\": \"…\" }.");
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            return await tokens.RefreshAsync(db, request.RefreshToken, cancellationToken) is { } pair
                ? Results.Ok(pair)
                : Error(StatusCodes.Status401Unauthorized, "INVALID_REFRESH_TOKEN", "The refresh token is unknown, used, revoked or expired; sign in again.");
        });
        auth.MapPost("/logout", async (HttpContext http, TokenService tokens, LoginSessions sessions,
            IDbContextFactory<GraphKamDbContext> databases, CancellationToken cancellationToken) =>
        {
            // The body is optional (a cookie session has no refresh token); a malformed one is refused before
            // anything ends.
            var (request, malformed) = await AuthBodies.ReadOptionalAsync<RefreshRequest>(http.Request, cancellationToken);
            if (malformed) return Error(StatusCodes.Status400BadRequest, "INVALID_REQUEST", "Send { \"refreshToken\": \"…\" } or no body.");
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            // The request's cookie or access token: its session ends on the server, so a copy kept elsewhere dies too.
            await sessions.EndAsync(db, http.User, cancellationToken);
            if (request?.RefreshToken is { Length: > 0 } refresh)
                await tokens.RevokeAsync(db, refresh, cancellationToken);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        });
        auth.MapPost("/cookie", async (Credentials credentials, HttpContext http, SignInCheck check,
            TokenService tokens, LoginSessions sessions, IDbContextFactory<GraphKamDbContext> databases,
            CancellationToken cancellationToken) =>
        {
            var (outcome, login) = await check.CheckAsync(credentials.Email, credentials.Password, cancellationToken);
            if (login == null) return Refused(outcome);
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var session = await sessions.StartAsync(db, login, SessionKind.Cookie, cancellationToken);
            var scheme = CookieAuthenticationDefaults.AuthenticationScheme;
            var identity = await tokens.IdentityOfAsync(login, session, scheme);
            await http.SignInAsync(scheme, new ClaimsPrincipal(identity));
            return Results.Ok(new { email = login.Email, roles = identity.FindAll("role").Select(c => c.Value) });
        }).RequireRateLimiting(SignInRateLimit.Policy);
        return auth;
    }

    private static IResult Refused(SignInOutcome outcome) => outcome == SignInOutcome.LockedOut
        ? Error(StatusCodes.Status423Locked, "LOCKED_OUT", "Too many failed sign-ins: this login is locked for a few minutes.")
        : Error(StatusCodes.Status401Unauthorized, "INVALID_CREDENTIALS", "Wrong e-mail or password.");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
