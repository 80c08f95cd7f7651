using System.Net;
using System.Net.Http.Json;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Identity;

/// <summary>Signing out ends the session on the server: a cookie or token kept after it no longer works.</summary>
public sealed class SignOutTests : SessionTest
{
    private const string Me = "{ me { name } }";

    [Fact]
    public async Task Signing_out_ends_the_cookie_session_over_http_websocket_and_sse_even_for_a_kept_cookie()
    {
        var cookie = await CookieAsync(await LoginAsync(Roles.AccountManager));
        var browser = WithCookie(cookie);
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsync(Me)).Status);
        await using var socket = await ListeningSocketAsync(cookie: cookie);
        using var stream = await ListeningStreamAsync(browser);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.Http.PostAsync("/auth/logout", null)).StatusCode);

        // The browser forgot the cookie; a copy kept elsewhere is refused all the same.
        var afterwards = await browser.PostAsync(Me);
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.Status);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], afterwards.ErrorCodes);
        await using (var late = await GraphQLSocket.ConnectAsync(Factory, request => request.Headers.Cookie = cookie,
                         "graphql-transport-ws"))
        {
            await late.SendAsync(new { type = "connection_init" });
            Assert.Equal("connection_ack", (await late.ReceiveAsync()).GetProperty("type").GetString()); // as nobody
            await late.SubscribeAsync("s", Subscription);
            var refused = await late.ReceiveAsync();
            Assert.Equal("AUTH_NOT_AUTHENTICATED", refused.GetProperty("payload")[0].At("extensions.code").GetString());
        }

        // What was open when the session ended ends at its next check.
        Factory.Clock.Advance(CheckInterval);
        await AssertRevokedAsync(socket);
        await AssertRevokedAsync(stream);
        await AssertNobodyListensAsync();
    }

    [Fact]
    public async Task Signing_out_with_a_refresh_token_ends_its_access_tokens_too()
    {
        var login = await LoginAsync(Roles.InsideSales);
        var (access, refresh) = await TokensAsync(login);
        var (other, _) = await TokensAsync(login);
        Assert.Equal(HttpStatusCode.OK, (await WithBearer(access).PostAsync(Me)).Status);

        var anonymous = Factory.CreateDefaultClient();
        Assert.Equal(HttpStatusCode.NoContent,
            (await anonymous.PostAsJsonAsync("/auth/logout", new { refreshToken = refresh })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithBearer(access).PostAsync(Me)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await anonymous.PostAsJsonAsync("/auth/refresh", new { refreshToken = refresh })).StatusCode);
        // Another sign-in of the same login is another session: it goes on.
        Assert.Equal(HttpStatusCode.OK, (await WithBearer(other).PostAsync(Me)).Status);
    }

    [Fact]
    public async Task Signing_out_with_an_access_token_ends_its_session_and_refresh_token()
    {
        var (access, refresh) = await TokensAsync(await LoginAsync(Roles.Director));
        var client = WithBearer(access);
        Assert.Equal(HttpStatusCode.NoContent, (await client.Http.PostAsync("/auth/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync(Me)).Status);
        var refreshed = await Factory.CreateDefaultClient()
            .PostAsJsonAsync("/auth/refresh", new { refreshToken = refresh });
        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
    }
}
