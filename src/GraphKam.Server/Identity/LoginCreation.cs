using GraphKam.Server.Data;
using Microsoft.AspNetCore.Identity;

namespace GraphKam.Server.Identity;

/// <summary>
/// Creates a login with one role where nobody types the input (demo data, tests, benchmarks): Identity refusing it is
/// a bug, so it throws. Logins from user input go through <see cref="UserAdministration"/>, which reports errors.
/// </summary>
public static class LoginCreation
{
    public static async Task CreateWithRoleAsync(this UserManager<Login> users, Login login, string role, string? password = null)
    {
        Check(password == null ? await users.CreateAsync(login) : await users.CreateAsync(login, password));
        Check(await users.AddToRoleAsync(login, role));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
