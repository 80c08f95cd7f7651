using System.Security.Claims;
using GraphKam.GraphQL.Security;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GraphKam.Tests.Identity;

/// <summary>A validator that gives no watch key (the interface's default): each stream is watched on its own.</summary>
public sealed class KeylessWatchTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Each_stream_is_checked_on_its_own_and_ends_when_revoked_or_stopped()
    {
        var clock = new FakeTimeProvider(GraphKamFactory.ClockStart);
        var validator = new Switchable();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "1")], "test"));
        using var leaving = new CancellationTokenSource();
        var staying = CredentialWatch.RevokedAsync(validator, user, clock, NullLogger.Instance, CancellationToken.None);
        var left = CredentialWatch.RevokedAsync(validator, user, clock, NullLogger.Instance, leaving.Token);

        clock.Advance(Interval);
        Assert.Equal(2, validator.Checks); // one check per stream: nothing shared without a key
        Assert.Equal(0, CredentialWatch.SharedWatchCount(validator));
        await leaving.CancelAsync();
        Assert.False(await left.WaitAsync(GraphQLSocket.Wait));

        validator.Valid = false;
        clock.Advance(Interval);
        Assert.True(await staying.WaitAsync(GraphQLSocket.Wait));
        Assert.Equal(3, validator.Checks);
    }

    private sealed class Switchable : IPrincipalValidator
    {
        public bool Valid { get; set; } = true;
        public int Checks { get; private set; }
        public TimeSpan CheckInterval => Interval;

        public ValueTask<bool> IsValidAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            Checks++;
            return ValueTask.FromResult(Valid);
        }
    }
}
