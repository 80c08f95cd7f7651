using GraphKam.Server.Data;
using Microsoft.AspNetCore.Identity;

namespace GraphKam.Server.Identity;

public enum SignInOutcome { Success, InvalidCredentials, LockedOut }

/// <summary>
/// Checks an e-mail and password. Five failures within five minutes lock the address for five minutes, and while it
/// is locked even the right password is refused (<see cref="SignInThrottle"/>). An unknown e-mail answers exactly as
/// a wrong password does, in about the same time, and is locked out alike; a login an administrator locked answers
/// <see cref="SignInOutcome.LockedOut"/> only to its right password.
/// </summary>
public sealed class SignInCheck(UserManager<Login> users, SignInThrottle throttle, UnknownLoginPassword unknown)
{
    public async Task<(SignInOutcome Outcome, Login? Login)> CheckAsync(string? email, string? password,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
            return (SignInOutcome.InvalidCredentials, null);
        var address = users.NormalizeEmail(email.Trim()) ?? "";
        if (await throttle.IsLockedAsync(address, cancellationToken)) return (SignInOutcome.LockedOut, null);
        var login = await users.FindByEmailAsync(email.Trim());
        var right = login?.PasswordHash != null
            ? await users.CheckPasswordAsync(login, password)
            : unknown.Verify(users.PasswordHasher, password);
        if (login == null || !right)
        {
            var locked = await throttle.FailedAsync(address, cancellationToken);
            return (locked ? SignInOutcome.LockedOut : SignInOutcome.InvalidCredentials, null);
        }
        if (await users.IsLockedOutAsync(login)) return (SignInOutcome.LockedOut, null);
        await throttle.ResetAsync(address, cancellationToken);
        return (SignInOutcome.Success, login);
    }
}
