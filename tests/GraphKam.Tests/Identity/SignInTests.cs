using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphKam.Tests.Identity;

/// <summary>/auth/login, /auth/refresh, /auth/logout and the cookie, against real Identity on the demo users.</summary>
public sealed class SignInTests : IAsyncLifetime
{
    private const string Password = TestLogins.DemoPassword;
    private readonly GraphKamFactory _factory = new();
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _http = _factory.CreateClient();
        await _factory.AnonymousClient().PostAsync("{ __typename }");
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private Task<HttpResponseMessage> Login(string email, string password) =>
        _http.PostAsJsonAsync("/auth/login", new { email, password });

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<GraphQLResponse> Ask(string query, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (token != null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await GraphQLResponse.ReadAsync(await _http.SendAsync(request));
    }

    [Fact]
    public async Task A_demo_user_signs_in_and_is_who_me_says()
    {
        var response = await Login("am1@demo.graphkam", Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = await Json(response);
        Assert.Equal(900, tokens.GetProperty("expiresIn").GetInt32());
        Assert.StartsWith("gkr_", tokens.GetProperty("refreshToken").GetString());

        var me = await Ask("""
            {
                me {
                    name roles
                    user {
                        name email
                    }
                    distributor {
                        name
                    }
                    signedInWith
                }
            }
            """, tokens.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal("am1@demo.graphkam", me.Data.At("me.name").GetString());
        Assert.Equal(["ACCOUNT_MANAGER"], me.Data.At("me.roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("李强 Li Qiang", me.Data.At("me.user.name").GetString());
        Assert.Equal(JsonValueKind.Null, me.Data.At("me.distributor").ValueKind);
        Assert.Equal("password", me.Data.At("me.signedInWith").GetString());
    }

    [Fact]
    public async Task Wrong_credentials_are_refused_alike()
    {
        foreach (var (email, password) in new[] { ("am1@demo.graphkam", "wrong-password"), ("nobody@demo.graphkam", Password), ("", "") })
        {
            var response = await Login(email, password);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("INVALID_CREDENTIALS", (await Json(response)).At("error.code").GetString());
        }
        var notJson = await _http.PostAsync("/auth/login", new StringContent("email=a&password=b", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_login_for_five_minutes()
    {
        for (var i = 0; i < 4; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await Login("inside1@demo.graphkam", "wrong-password")).StatusCode);
        var fifth = await Login("inside1@demo.graphkam", "wrong-password");
        Assert.Equal(HttpStatusCode.Locked, fifth.StatusCode);
        Assert.Equal("LOCKED_OUT", (await Json(fifth)).At("error.code").GetString());
        // Locked: even the right password is refused.
        Assert.Equal(HttpStatusCode.Locked, (await Login("inside1@demo.graphkam", Password)).StatusCode);

        // Another login is not affected.
        Assert.Equal(HttpStatusCode.OK, (await Login("inside2@demo.graphkam", Password)).StatusCode);
        // Five minutes on the server's clock, and the right password works again.
        _factory.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(HttpStatusCode.Locked, (await Login("inside1@demo.graphkam", Password)).StatusCode);
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await Login("inside1@demo.graphkam", Password)).StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_is_used_once_and_a_replayed_one_revokes_the_rest()
    {
        var first = await Json(await Login("director@demo.graphkam", Password));
        var refresh = await _http.PostAsJsonAsync("/auth/refresh", new { refreshToken = first.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var second = await Json(refresh);
        Assert.Equal(HttpStatusCode.OK, (await Ask("{ me { name } }", second.GetProperty("accessToken").GetString())).Status);

        // The first refresh token again: refused, and the second one (issued from it) is revoked with it.
        var replay = await _http.PostAsJsonAsync("/auth/refresh", new { refreshToken = first.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal("INVALID_REFRESH_TOKEN", (await Json(replay)).At("error.code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.PostAsJsonAsync("/auth/refresh", new { refreshToken = second.GetProperty("refreshToken").GetString() })).StatusCode);
    }

    [Fact]
    public async Task Logout_revokes_the_refresh_token_and_expired_ones_are_refused()
    {
        var tokens = await Json(await Login("am2@demo.graphkam", Password));
        var refreshToken = tokens.GetProperty("refreshToken").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await _http.PostAsJsonAsync("/auth/logout", new { refreshToken })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.PostAsJsonAsync("/auth/refresh", new { refreshToken })).StatusCode);

        var later = await Json(await Login("am2@demo.graphkam", Password));
        _factory.Clock.Advance(TimeSpan.FromDays(15)); // past the 14-day refresh lifetime
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.PostAsJsonAsync("/auth/refresh", new { refreshToken = later.GetProperty("refreshToken").GetString() })).StatusCode);
    }

    [Fact]
    public async Task An_access_token_expires_after_fifteen_minutes_with_a_small_skew()
    {
        var token = (await Json(await Login("am3@demo.graphkam", Password))).GetProperty("accessToken").GetString();
        Assert.Equal(HttpStatusCode.OK, (await Ask("{ me { name } }", token)).Status);
        _factory.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(20)); // inside the 30 s skew
        Assert.Equal(HttpStatusCode.OK, (await Ask("{ me { name } }", token)).Status);
        _factory.Clock.Advance(TimeSpan.FromSeconds(20));
        var expired = await Ask("{ me { name } }", token);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], expired.ErrorCodes);
    }

    [Fact]
    public async Task Tampered_tokens_are_refused()
    {
        var real = (await Json(await Login("director@demo.graphkam", Password))).GetProperty("accessToken").GetString()!;
        var parts = real.Split('.');
        var claims = JsonSerializer.Deserialize<Dictionary<string, object>>(Base64UrlEncoder.Decode(parts[1]))!;

        string Sign(Dictionary<string, object> body, SecurityKey key, string algorithm = SecurityAlgorithms.HmacSha256) =>
            new JsonWebTokenHandler().CreateToken(JsonSerializer.Serialize(body), new SigningCredentials(key, algorithm));
        var serverKey = _factory.Services.GetRequiredService<SymmetricSecurityKey>();
        var otherKey = new SymmetricSecurityKey(new byte[64]);

        var unsigned = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") + "." + parts[1] + ".";
        var wrongKey = Sign(claims, otherKey);
        var wrongAudience = Sign(new Dictionary<string, object>(claims) { ["aud"] = "someone-else" }, serverKey);
        var wrongIssuer = Sign(new Dictionary<string, object>(claims) { ["iss"] = "evil" }, serverKey);
        var otherAlgorithm = Sign(claims, serverKey, SecurityAlgorithms.HmacSha512);
        var changedRole = parts[0] + "." + Base64UrlEncoder.Encode(Base64UrlEncoder.Decode(parts[1]).Replace("DIRECTOR", "ADMIN")) + "." + parts[2];

        Assert.Equal(HttpStatusCode.OK, (await Ask("{ me { name } }", Sign(claims, serverKey))).Status); // the control: a good re-signing works
        foreach (var token in new[] { unsigned, wrongKey, wrongAudience, wrongIssuer, otherAlgorithm, changedRole, "not-a-token", "gk_unknown" })
        {
            var response = await Ask("{ accounts(first: 1) { totalCount } }", token);
            Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
            Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
        }
    }

    [Fact]
    public async Task The_dashboard_signs_in_with_a_strict_http_only_cookie()
    {
        var handler = new CookieContainerHandler();
        using var browser = _factory.CreateDefaultClient(handler);
        var response = await browser.PostAsJsonAsync("/auth/cookie", new { email = "director@demo.graphkam", password = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("graphkam.auth=", setCookie);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);

        var me = await new GraphQLClient(browser).DataAsync("{ me { name roles } }");
        Assert.Equal("director@demo.graphkam", me.At("me.name").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await new GraphQLClient(browser).PostAsync("{ me { name } }")).Status);
    }
}
