using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphKam.Server.Common;

namespace GraphKam.Tests.Identity;

/// <summary>
/// A refresh token is spent once, even by requests that arrive together; the others are replays, which revoke the
/// login's refresh tokens and end the session.
/// </summary>
public sealed class RefreshRaceTests : SessionTest
{
    [Fact]
    public async Task Eight_concurrent_refreshes_with_one_token_get_new_tokens_once()
    {
        var login = await LoginAsync(Roles.AccountManager);
        var (_, refresh) = await TokensAsync(login);
        var (_, elsewhere) = await TokensAsync(login);
        var http = Factory.CreateDefaultClient();
        // All sent before any answer is awaited: the server handles them at the same time.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => http.PostAsJsonAsync("/auth/refresh", new { refreshToken = refresh })).ToList());

        var winners = answers.Where(a => a.StatusCode == HttpStatusCode.OK).ToList();
        Assert.Single(winners);
        Assert.All(answers.Except(winners), a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        // One token used twice means a copy exists: the session and all the login's refresh tokens are done for.
        var issued = JsonDocument.Parse(await winners[0].Content.ReadAsStringAsync()).RootElement;
        var access = issued.GetProperty("accessToken").GetString()!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithBearer(access).PostAsync("{ me { name } }")).Status);
        foreach (var token in new[] { refresh, issued.GetProperty("refreshToken").GetString(), elsewhere })
            Assert.Equal(HttpStatusCode.Unauthorized,
                (await http.PostAsJsonAsync("/auth/refresh", new { refreshToken = token })).StatusCode);
    }
}
