using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace GraphKam.Server.Identity;

/// <summary>Every request's cookie or access token is checked against its session (<see cref="SessionValidator"/>).</summary>
public static class SessionChecks
{
    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var validator = context.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
        if (context.Principal is not { } user || !await validator.IsValidAsync(user, context.HttpContext.RequestAborted))
            context.Fail("The session has ended or the login has changed; sign in again.");
    }

    public static async Task OnValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var validator = context.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
        if (context.Principal is { } user && await validator.IsValidAsync(user, context.HttpContext.RequestAborted)) return;
        context.RejectPrincipal();
        // The browser drops the dead cookie instead of sending it again with every request.
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
