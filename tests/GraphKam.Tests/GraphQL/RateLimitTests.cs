using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.GraphQL;

/// <summary>Operations and their cost are limited per login and per client address; so are sign-in attempts.</summary>
[Trait("Provider", "Independent")]
public sealed class RateLimitTests
{
    private static void AssertRateLimited(GraphQLResponse response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.Status);
        Assert.Equal(["RATE_LIMITED"], response.ErrorCodes);
        Assert.False(response.HasData);
        Assert.True(response.Message.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Operations_are_limited_per_login()
    {
        using var factory = new GraphKamFactory { Settings = { ["GraphKam:GraphQL:RateLimit:OperationsPerLogin"] = "3" } };
        var director = factory.Logins.ClientAs(Roles.Director);
        for (var i = 0; i < 3; i++) await director.DataAsync("{ __typename }");
        AssertRateLimited(await director.PostAsync("{ __typename }"));
        // Another login has an allowance of its own.
        await factory.Logins.ClientAs(Roles.AccountManager).DataAsync("{ __typename }");
    }

    [Fact]
    public async Task Anonymous_callers_are_limited_per_address()
    {
        using var factory = new GraphKamFactory { Settings = { ["GraphKam:GraphQL:RateLimit:OperationsPerAddress"] = "2" } };
        var anonymous = factory.AnonymousClient();
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync("{ __typename }")).Status);
        AssertRateLimited(await anonymous.PostAsync("{ __typename }"));
    }

    [Fact]
    public async Task Cost_is_counted_against_the_login()
    {
        using var factory = new GraphKamFactory { Settings = { ["GraphKam:GraphQL:RateLimit:CostPerLogin"] = "8000" } };
        var director = factory.Client();
        await director.DataAsync("{ funnel { count } }"); // costs about 5,000
        factory.Sql.Clear();
        AssertRateLimited(await director.PostAsync("{ funnel { count } }"));
        Assert.Empty(factory.Sql.Commands);
        await director.DataAsync("{ __typename }"); // cheap operations still pass
    }

    [Fact]
    public async Task WebSocket_operations_count_too()
    {
        using var factory = new GraphKamFactory { Settings = { ["GraphKam:GraphQL:RateLimit:OperationsPerLogin"] = "2" } };
        await using var socket = await GraphQLSocket.OpenAsync(factory);
        for (var i = 1; i <= 3; i++) await socket.SubscribeAsync($"{i}", "{ __typename }");
        var codes = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            var message = await socket.ReceiveAsync();
            if (message.GetProperty("type").GetString() == "error") codes.Add(message.GetProperty("payload")[0].At("extensions.code").GetString());
        }
        Assert.Equal(["RATE_LIMITED"], codes);
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_address_even_with_the_right_password()
    {
        using var factory = new GraphKamFactory { Settings = { ["GraphKam:Auth:SignInAttemptsPerAddress"] = "3" } };
        var http = factory.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsJsonAsync("/auth/login", new { email = $"user{i}@demo.graphkam", password = "wrong-password" })).StatusCode);
        foreach (var path in new[] { "/auth/login", "/auth/cookie" })
        {
            var refused = await http.PostAsJsonAsync(path, new { email = "director@demo.graphkam", password = TestLogins.DemoPassword });
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("RATE_LIMITED", body.At("error.code").GetString());
        }
    }
}
