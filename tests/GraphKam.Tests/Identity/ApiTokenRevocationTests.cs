using System.Net;
using GraphKam.Server.Common;
using GraphKam.Server.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Identity;

/// <summary>Revoking an API token ends what it opened (sockets, SSE streams), not only its next request.</summary>
public sealed class ApiTokenRevocationTests : SessionTest
{
    [Fact]
    public async Task Revoking_an_api_token_closes_its_sockets_and_streams()
    {
        var director = Factory.Logins.ClientAs(Roles.Director);
        var (id, token) = await PartnerApiTokenAsync("2027-01-01T00:00:00Z");
        await using var socket = await ListeningSocketAsync(token: token);
        using var stream = await ListeningStreamAsync(WithBearer(token));

        await director.DataAsync("""
            mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { apiToken { revokedAt } } }
            """, new { input = new { id } });

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithBearer(token).PostAsync("{ me { name } }")).Status);
        // The state a stream saw when it opened is trusted for one interval: within two, it has ended.
        Factory.Clock.Advance(CheckInterval);
        Factory.Clock.Advance(CheckInterval);
        await AssertRevokedAsync(socket);
        await AssertRevokedAsync(stream);
        await AssertNobodyListensAsync();
    }

    [Fact]
    public async Task Revoking_an_api_token_forgets_that_it_held_without_waiting_for_the_interval()
    {
        var director = Factory.Logins.ClientAs(Roles.Director);
        var (id, token) = await PartnerApiTokenAsync("2027-01-01T00:00:00Z");
        var validator = Factory.Services.GetRequiredService<SessionValidator>();
        var read = await Factory.Services.GetRequiredService<ApiTokens>().ReadAsync(token, CancellationToken.None);
        var user = read!.Value.User;
        Assert.True(await validator.IsValidAsync(user, CancellationToken.None)); // remembered for an interval

        await director.DataAsync("""
            mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { apiToken { revokedAt } } }
            """, new { input = new { id } });

        // The clock has not moved: a stream checking now must read the revocation, not the remembered answer.
        Assert.False(await validator.IsValidAsync(user, CancellationToken.None));
    }
}
