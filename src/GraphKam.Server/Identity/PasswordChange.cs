using System.Security.Claims;
using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Identity;

/// <summary>
/// <c>changePassword</c>: a signed-in person replaces their own password. Every session of the login ends with it
/// (this one too): whoever learned the old password must not keep a cookie, token or socket opened with it.
/// </summary>
public sealed class PasswordChange(UserManager<Login> users, GraphKamDbContext db, TokenService tokens,
    SessionValidator sessions)
{
    public async Task<Payload> ChangeAsync(ChangePasswordInput input, ClaimsPrincipal? caller,
        CancellationToken cancellationToken)
    {
        // API tokens have no password; only a login's own session may change it.
        if (caller == null || SessionClaims.Of(caller) is not var (loginId, _, _)) throw WriteGuard.Refused();
        var login = await db.Logins.AsTracking().Include(l => l.Person).FirstAsync(l => l.Id == loginId, cancellationToken);
        var changed = await users.ChangePasswordAsync(login, input.CurrentPassword, input.NewPassword);
        if (!changed.Succeeded)
        {
            if (!changed.Errors.Any(e => e.Code == "PasswordMismatch"))
                return Payload.Failure(new InvalidPasswordError(changed.Errors.Select(e => e.Description).ToList()));
            // A wrong current password counts towards the lockout, as at sign-in: a stolen session cannot guess it.
            await users.AccessFailedAsync(login);
            return Payload.Failure(new WrongPasswordError());
        }
        // Identity renewed the security stamp; the refresh tokens go too, and this instance forgets the old stamp now.
        await tokens.RevokeAllAsync(db, login.Id, cancellationToken);
        sessions.ForgetLogin(login.Id);
        return Payload.Success(login.Person!);
    }
}
