using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Identity;

/// <summary>
/// Locking a login, setting its roles or changing its password renews its security stamp: every cookie, token, socket
/// and stream of that login ends (HTTP at once on this instance, streams at their next check).
/// </summary>
public sealed class LoginChangeTests : SessionTest
{
    private const string Me = "{ me { roles } }";

    private Task<GraphQLResponse> AdminAsync(string mutation, object input) =>
        Factory.Logins.ClientAs(Roles.Admin).PostAsync(mutation, new { input });

    [Fact]
    public async Task Locking_a_login_ends_its_cookie_tokens_sockets_and_streams()
    {
        var login = await LoginAsync(Roles.AccountManager);
        var cookie = await CookieAsync(login);
        var (access, refresh) = await TokensAsync(login);
        await using var cookieSocket = await ListeningSocketAsync(cookie: cookie);
        await using var tokenSocket = await ListeningSocketAsync(token: access);
        using var stream = await ListeningStreamAsync(WithBearer(access));

        var locked = await AdminAsync("""
            mutation($input: LockUserInput!) { lockUser(input: $input) { user { id } } }
            """, new { userId = UserIdOf(login), locked = true });
        Assert.Equal(HttpStatusCode.OK, locked.Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(cookie).PostAsync(Me)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithBearer(access).PostAsync(Me)).Status);
        Factory.Clock.Advance(CheckInterval);
        await AssertRevokedAsync(cookieSocket);
        await AssertRevokedAsync(tokenSocket);
        await AssertRevokedAsync(stream);
        await AssertNobodyListensAsync();

        // Unlocked, the old credentials stay dead; signing in again works.
        await AdminAsync("""
            mutation($input: LockUserInput!) { lockUser(input: $input) { user { id } } }
            """, new { userId = UserIdOf(login), locked = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(cookie).PostAsync(Me)).Status);
        var refreshed = await Factory.CreateDefaultClient()
            .PostAsJsonAsync("/auth/refresh", new { refreshToken = refresh });
        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(await CookieAsync(login)).PostAsync(Me)).Status);
    }

    [Fact]
    public async Task Setting_roles_ends_the_sessions_that_carry_the_old_ones()
    {
        var login = await LoginAsync(Roles.Director);
        var cookie = await CookieAsync(login);
        await using var socket = await ListeningSocketAsync(cookie: cookie);
        using var stream = await ListeningStreamAsync(WithCookie(cookie));

        var set = await AdminAsync("""
            mutation($input: SetUserRolesInput!) { setUserRoles(input: $input) { user { role } } }
            """, new { userId = UserIdOf(login), roles = new[] { "INSIDE_SALES" } });
        Assert.Equal(HttpStatusCode.OK, set.Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(cookie).PostAsync(Me)).Status);
        Factory.Clock.Advance(CheckInterval);
        await AssertRevokedAsync(socket);
        await AssertRevokedAsync(stream);
        var again = await WithCookie(await CookieAsync(login)).DataAsync(Me);
        Assert.Equal("INSIDE_SALES", again.GetProperty("me").GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task A_password_change_ends_the_sessions_of_that_login()
    {
        var login = await LoginAsync(Roles.InsideSales);
        var (access, refresh) = await TokensAsync(login);
        var cookie = await CookieAsync(login);
        await using var socket = await ListeningSocketAsync(token: access);
        Assert.Equal(HttpStatusCode.OK, (await WithBearer(access).PostAsync(Me)).Status);

        // As any password change does (through Identity, which renews the security stamp).
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Login>>();
            var changed = await users.ChangePasswordAsync((await users.FindByIdAsync(login.Id.ToString(CultureInfo.InvariantCulture)))!,
                TestLogins.TestPassword, "Another-password-2026");
            Assert.True(changed.Succeeded);
        }

        // Another instance (or this one, not told) notices within one check interval.
        Factory.Clock.Advance(CheckInterval);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithBearer(access).PostAsync(Me)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(cookie).PostAsync(Me)).Status);
        await AssertRevokedAsync(socket);
        var refreshed = await Factory.CreateDefaultClient()
            .PostAsJsonAsync("/auth/refresh", new { refreshToken = refresh });
        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_checks_the_current_password_and_ends_every_session_of_the_login()
    {
        const string Change = """
            mutation($input: ChangePasswordInput!) {
              changePassword(input: $input) { user { id } errors { __typename ... on Error { code } } }
            }
            """;
        var login = await LoginAsync(Roles.AccountManager);
        var (access, _) = await TokensAsync(login);
        var cookie = await CookieAsync(login);
        await using var socket = await ListeningSocketAsync(cookie: cookie);

        var wrong = await WithBearer(access).PostAsync(Change,
            new { input = new { currentPassword = "Not-my-password-1", newPassword = "Another-password-2026" } });
        Assert.Equal("WrongPasswordError", wrong.Data.At("changePassword.errors")[0].GetProperty("__typename").GetString());
        var weak = await WithBearer(access).PostAsync(Change,
            new { input = new { currentPassword = TestLogins.TestPassword, newPassword = "short" } });
        Assert.Equal("InvalidPasswordError", weak.Data.At("changePassword.errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(cookie).PostAsync(Me)).Status);

        var changed = await WithBearer(access).PostAsync(Change,
            new { input = new { currentPassword = TestLogins.TestPassword, newPassword = "Another-password-2026" } });
        Assert.Equal(UserIdOf(login), changed.Data.At("changePassword.user.id").GetString());

        // This instance forgets the old stamp at once; streams end at their next check.
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithBearer(access).PostAsync(Me)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(cookie).PostAsync(Me)).Status);
        Factory.Clock.Advance(CheckInterval);
        await AssertRevokedAsync(socket);
        var signIn = await Factory.CreateDefaultClient()
            .PostAsJsonAsync("/auth/login", new { email = login.Email, password = "Another-password-2026" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }
}
