using GraphKam.Server.Data;
using Microsoft.AspNetCore.Identity;

namespace GraphKam.Server.Identity;

public enum SignInOutcome { Success, InvalidCredentials, LockedOut }

/// <summary>
/// Checks an e-mail and password with Identity's lockout: five wrong passwords lock the login for five minutes,
/// and while it is locked even the right password is refused. An unknown e-mail answers as a wrong password does.
/// </summary>
public sealed class SignInCheck(UserManager<Login> users)
{
    public async Task<(SignInOutcome Outcome, Login? Login)> CheckAsync(string? email, string? password)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password)) return (SignInOutcome.InvalidCredentials, null);
        var login = await users.FindByEmailAsync(email.Trim());
        if (login == null) return (SignInOutcome.InvalidCredentials, null);
        if (await users.IsLockedOutAsync(login)) return (SignInOutcome.LockedOut, null);
        if (!await users.CheckPasswordAsync(login, password))
        {
            await users.AccessFailedAsync(login);
            return (await users.IsLockedOutAsync(login) ? SignInOutcome.LockedOut : SignInOutcome.InvalidCredentials, null);
        }
        await users.ResetAccessFailedCountAsync(login);
        return (SignInOutcome.Success, login);
    }
}
