using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace GraphKam.Server.Identity;

/// <summary>
/// Every request's cookie or access token is checked against its session (<see cref="SessionValidator"/>). A client
/// that leaves during the check is not let in, and its departure is no error: the handlers would log a cancellation
/// that escapes them at Error, with a stack trace.
/// </summary>
public static class SessionChecks
{
    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var validator = context.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
        if (context.Principal is not { } user || !await IsValidAsync(validator, user, context.HttpContext))
            context.Fail("The session has ended or the login has changed; sign in again.");
    }

    public static async Task OnValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var validator = context.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
        if (context.Principal is { } user && await IsValidAsync(validator, user, context.HttpContext)) return;
        context.RejectPrincipal();
        if (context.HttpContext.RequestAborted.IsCancellationRequested) return; // nobody left to forget the cookie
        // The browser drops the dead cookie instead of sending it again with every request.
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private static async Task<bool> IsValidAsync(SessionValidator validator, ClaimsPrincipal user,
        HttpContext http)
    {
        try
        {
            return await validator.IsValidAsync(user, http.RequestAborted);
        }
        // SQLite reports the interrupted lookup as SQLITE_INTERRUPT, PostgreSQL as a cancellation: either way, not in.
        catch (Exception) when (http.RequestAborted.IsCancellationRequested)
        {
            return false;
        }
    }
}
