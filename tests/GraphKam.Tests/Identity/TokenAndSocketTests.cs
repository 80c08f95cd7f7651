using System.Net;
using System.Net.Http.Headers;
using GraphKam.Server.Funnel;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Tests.Identity;

/// <summary>API tokens for partner portals, WebSocket sign-in and expiry, the WebSocket Origin check and CORS.</summary>
public sealed class TokenAndSocketTests : KnownDataTest
{
    private async Task<string> DistributorAsync(string name)
    {
        var created = await Client.MutateAsync("createDistributor", "distributor { id }",
            new { name, kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" });
        return created.At("distributor.id").GetString()!;
    }

    private GraphQLClient WithToken(string token)
    {
        var http = Factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(http);
    }

    [Fact]
    public async Task An_api_token_acts_as_its_partner_with_its_scopes_until_revoked_or_expired()
    {
        var distributor = await DistributorAsync("Portal Partner");
        const string create = """
            mutation($input: CreateApiTokenInput!) {
                createApiToken(input: $input) {
                    apiToken {
                        id token scopes
                    }
                    errors {
                        __typename
                    }
                }
            }
            """;
        var readOnly = await Client.DataAsync(create, new { input = new { name = "portal", distributorId = distributor, expiresAt = "2026-12-31T00:00:00Z", scopes = new[] { "READ" } } });
        var token = readOnly.At("createApiToken.apiToken.token").GetString()!;
        Assert.StartsWith("gk_", token);
        await using (var db = Factory.Db())
            Assert.False(await db.ApiTokens.AnyAsync(t => t.Hash == token || t.Name == token)); // only a hash is kept

        var portal = WithToken(token);
        var me = await portal.DataAsync("{ me { roles signedInWith distributor { id } } distributors { totalCount } }");
        Assert.Equal((distributor, "api-token", 1), (me.At("me.distributor.id").GetString(), me.At("me.signedInWith").GetString(), me.At("distributors.totalCount").GetInt32()));
        var write = await portal.PostAsync("""
            mutation($input: RegisterDealInput!) {
                registerDeal(input: $input) {
                    errors {
                        __typename
                    }
                }
            }
            """,
            new { input = new { distributorId = distributor, accountId = Known.Id("Delta School"), amount = 1000, description = "read-only token" } });
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        Assert.Contains("AUTH_NOT_AUTHORIZED", write.ErrorCodes);

        // Listed later, never with the token again.
        var listed = await Client.DataAsync("{ apiTokens { id token revokedAt } }");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, listed.GetProperty("apiTokens")[0].GetProperty("token").ValueKind);

        await Client.DataAsync("""
            mutation($input: RevokeApiTokenInput!) {
                revokeApiToken(input: $input) {
                    apiToken {
                        revokedAt
                    }
                }
            }
            """,
            new { input = new { id = readOnly.At("createApiToken.apiToken.id").GetString() } });
        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.PostAsync("{ me { name } }")).Status);

        var shortLived = await Client.DataAsync(create, new { input = new { name = "short", distributorId = distributor, expiresAt = "2026-11-28T00:00:00Z", scopes = new[] { "READ", "WRITE" } } });
        var second = WithToken(shortLived.At("createApiToken.apiToken.token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await second.PostAsync("{ me { name } }")).Status);
        Factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.PostAsync("{ me { name } }")).Status);

        var past = await Client.PostAsync(create, new { input = new { name = "past", distributorId = distributor, expiresAt = "2020-01-01T00:00:00Z", scopes = new[] { "READ" } } });
        Assert.Equal(["ExpiryNotInFutureError"], past.Data.At("createApiToken.errors").Strings("__typename"));
    }

    [Fact]
    public async Task A_socket_signs_in_with_its_init_payload_and_closes_when_the_token_expires()
    {
        await using var anonymous = await GraphQLSocket.ConnectAsync(Factory, "graphql-transport-ws");
        await anonymous.SendAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await anonymous.ReceiveAsync()).GetProperty("type").GetString());
        await anonymous.SubscribeAsync("s", "subscription { opportunityChanged { kind } }");
        var refused = await anonymous.ReceiveAsync();
        Assert.Equal("error", refused.GetProperty("type").GetString());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", refused.GetProperty("payload")[0].At("extensions.code").GetString());

        await using var signedIn = await GraphQLSocket.OpenAsync(Factory); // a director's access token in connection_init
        await signedIn.SubscribeAsync("s", "subscription { opportunityChanged { kind } }");
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 1);
        Factory.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(4403, await signedIn.ClosedAsync());
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 0);
    }

    [Fact]
    public async Task Only_this_server_and_listed_origins_may_open_a_socket()
    {
        async Task<HttpStatusCode?> Upgrade(string origin)
        {
            var client = Factory.Server.CreateWebSocketClient();
            client.SubProtocols.Add("graphql-transport-ws");
            client.ConfigureRequest = request => request.Headers.Origin = origin;
            try
            {
                using var socket = await client.ConnectAsync(new Uri(Factory.Server.BaseAddress, "graphql"), CancellationToken.None);
                return null;
            }
            catch (InvalidOperationException error) when (error.Message.Contains("403")) { return HttpStatusCode.Forbidden; }
        }
        Assert.Equal(HttpStatusCode.Forbidden, await Upgrade("https://evil.example"));
        Assert.Null(await Upgrade("https://nitro.chillicream.com"));
        Assert.Null(await Upgrade("http://localhost"));
    }

    [Fact]
    public async Task Cors_credentials_only_for_listed_origins()
    {
        var http = Factory.CreateClient();
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");
            return await http.SendAsync(request);
        }
        var listed = await Preflight("https://nitro.chillicream.com");
        Assert.Equal("https://nitro.chillicream.com", listed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("true", listed.Headers.GetValues("Access-Control-Allow-Credentials").Single());
        var other = await Preflight("https://evil.example");
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Credentials"));
    }
}
