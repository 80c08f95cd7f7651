using GraphKam.GraphQL.Security;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace GraphKam.Tests.Identity;

/// <summary>
/// Credentials that end months away: a timer takes at most about 49.7 days, and an SSE stream opened with an API
/// token valid for half a year answered 500 (a WebSocket's end-at-expiry failed unseen).
/// </summary>
public sealed class LongLivedTokenTests : SessionTest
{
    [Fact]
    public async Task An_api_token_valid_for_half_a_year_opens_sse_streams_and_sockets()
    {
        var (_, token) = await PartnerApiTokenAsync("2027-06-30T00:00:00Z");

        using var stream = await ListeningStreamAsync(WithBearer(token));
        await using var socket = await ListeningSocketAsync(token: token);
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Waiting_for_an_expiry_months_away_ends_then_and_not_before()
    {
        var clock = new FakeTimeProvider(GraphKamFactory.ClockStart);
        var expiresAt = clock.GetUtcNow().AddDays(200);
        var waiting = CredentialExpiry.WaitAsync(expiresAt, clock, CancellationToken.None);

        for (var day = 0; day < 199; day++) clock.Advance(TimeSpan.FromDays(1));
        clock.Advance(TimeSpan.FromHours(23));
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Same(waiting, await Task.WhenAny(waiting, Task.Delay(GraphQLSocket.Wait)));

        using var stop = new CancellationTokenSource();
        var stopped = CredentialExpiry.WaitAsync(clock.GetUtcNow().AddDays(100), clock, stop.Token);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stopped);
    }
}
