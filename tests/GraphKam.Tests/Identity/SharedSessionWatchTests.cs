using System.Net;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Identity;

/// <summary>
/// The open streams of one session share one credential check per interval (ten thousand subscribers on a hundred
/// logins made ten thousand timers and checks every five seconds): ending the session still ends every one of them,
/// and nobody else's.
/// </summary>
public sealed class SharedSessionWatchTests : SessionTest
{
    private IPrincipalValidator Validator => Factory.Services.GetRequiredService<IPrincipalValidator>();

    [Fact]
    public async Task Signing_out_ends_every_stream_of_the_session_through_one_watch_and_leaves_other_sessions_open()
    {
        var (first, _) = await TokensAsync(await LoginAsync(Roles.AccountManager));
        var (second, _) = await TokensAsync(await LoginAsync(Roles.AccountManager));
        var sockets = new List<GraphQLSocket>();
        for (var i = 0; i < 3; i++) sockets.Add(await ListeningSocketAsync(token: first));
        using var stream = await ListeningStreamAsync(WithBearer(first));
        await using var other = await ListeningSocketAsync(token: second);
        Assert.Equal(2, CredentialWatch.SharedWatchCount(Validator));

        Assert.Equal(HttpStatusCode.NoContent, (await WithBearer(first).Http.PostAsync("/auth/logout", null)).StatusCode);
        Factory.Clock.Advance(CheckInterval);

        foreach (var socket in sockets) await AssertRevokedAsync(socket);
        await AssertRevokedAsync(stream);
        await other.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await other.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal(1, CredentialWatch.SharedWatchCount(Validator));
        foreach (var socket in sockets) await socket.DisposeAsync();
    }

    [Fact]
    public async Task The_watch_ends_with_the_last_stream_of_its_session_and_a_new_stream_starts_another()
    {
        var (token, _) = await TokensAsync(await LoginAsync(Roles.InsideSales));
        var one = await ListeningSocketAsync(token: token);
        var two = await ListeningSocketAsync(token: token);
        Assert.Equal(1, CredentialWatch.SharedWatchCount(Validator));
        await one.CloseAsync();
        await two.CloseAsync();
        await AssertNobodyListensAsync();
        await WatchesAsync(0);

        // A stream opened after that has a watch of its own, which still sees the session end.
        await using var three = await ListeningSocketAsync(token: token);
        Assert.Equal(1, CredentialWatch.SharedWatchCount(Validator));
        Assert.Equal(HttpStatusCode.NoContent, (await WithBearer(token).Http.PostAsync("/auth/logout", null)).StatusCode);
        Factory.Clock.Advance(CheckInterval);
        await AssertRevokedAsync(three);
        await WatchesAsync(0);
    }

    private async Task WatchesAsync(int count)
    {
        for (var waited = 0; CredentialWatch.SharedWatchCount(Validator) != count; waited += 10)
        {
            if (waited > 10_000) Assert.Fail($"{CredentialWatch.SharedWatchCount(Validator)} shared watches, not {count}.");
            await Task.Delay(10);
        }
    }
}
