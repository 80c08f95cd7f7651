using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;
using GraphKam.Server.Identity;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphKam.Tests.Identity;

/// <summary>
/// A server of its own per test (sessions are ended and the clock moved), with clients that sign in as real ones
/// do (a cookie, tokens from <c>/auth/login</c>) and keep their credentials after signing out, as a thief would.
/// </summary>
public abstract class SessionTest : IAsyncLifetime
{
    /// <summary>A subscription any signed-in caller may open: it stays open until the server ends it.</summary>
    protected const string Subscription = "subscription { opportunityChanged { kind } }";

    private int _subscribers;

    protected SessionTest() : this(GraphKamFactory.Empty())
    {
    }

    /// <summary>For a test whose server needs more than <see cref="GraphKamFactory.Empty"/> gives.</summary>
    protected SessionTest(GraphKamFactory factory) => Factory = factory;

    protected GraphKamFactory Factory { get; }

    /// <summary>How often open streams check their credentials (GraphKam:Auth:SessionCheckInterval).</summary>
    protected TimeSpan CheckInterval =>
        Factory.Services.GetRequiredService<IOptions<AuthOptions>>().Value.SessionCheckInterval;

    public virtual Task InitializeAsync() => Factory.AnonymousClient().PostAsync("{ __typename }");

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A new login with a password (<see cref="TestLogins.TestPassword"/>).</summary>
    protected async Task<Login> LoginAsync(string role, int? distributorId = null)
    {
        var id = await Factory.Logins.LoginAsync(role, distributorId);
        await using var db = Factory.Db();
        return await db.Logins.SingleAsync(l => l.Id == id);
    }

    protected static string UserIdOf(Login login) => GlobalId.Encode("User", login.PersonId);

    /// <summary>Signs in as the dashboard does; returns the cookie (<c>name=value</c>).</summary>
    protected async Task<string> CookieAsync(Login login, GraphKamFactory? on = null)
    {
        var response = await (on ?? Factory).CreateDefaultClient()
            .PostAsJsonAsync("/auth/cookie", new { email = login.Email, password = TestLogins.TestPassword });
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
    }

    /// <summary>Signs in as an API client does; returns the access and refresh tokens.</summary>
    protected async Task<(string Access, string Refresh)> TokensAsync(Login login)
    {
        var response = await Factory.CreateDefaultClient()
            .PostAsJsonAsync("/auth/login", new { email = login.Email, password = TestLogins.TestPassword });
        var body = await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        var tokens = JsonDocument.Parse(body).RootElement;
        return (tokens.GetProperty("accessToken").GetString()!, tokens.GetProperty("refreshToken").GetString()!);
    }

    /// <summary>A director's new API token for a new partner, valid until <paramref name="expiresAt"/>: its id and secret.</summary>
    protected async Task<(string Id, string Token)> PartnerApiTokenAsync(string expiresAt)
    {
        var director = Factory.Logins.ClientAs(Roles.Director);
        var distributor = await director.MutateAsync("createDistributor", "distributor { id }",
            new { name = "Portal Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" });
        var created = await director.DataAsync("""
            mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id token } } }
            """, new
        {
            input = new
            {
                name = "portal",
                distributorId = distributor.At("distributor.id").GetString(),
                expiresAt,
                scopes = new[] { "READ" },
            },
        });
        return (created.At("createApiToken.apiToken.id").GetString()!, created.At("createApiToken.apiToken.token").GetString()!);
    }

    /// <summary>A client that sends this cookie with every request, whatever the server answers.</summary>
    protected GraphQLClient WithCookie(string cookie, GraphKamFactory? on = null)
    {
        var http = (on ?? Factory).CreateDefaultClient();
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        return new GraphQLClient(http);
    }

    protected GraphQLClient WithBearer(string token)
    {
        var http = Factory.CreateDefaultClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(http);
    }

    /// <summary>A socket signed in with a cookie (upgrade request) or a token (connection_init), listening.</summary>
    protected async Task<GraphQLSocket> ListeningSocketAsync(string? cookie = null, string? token = null)
    {
        var socket = await GraphQLSocket.ConnectAsync(Factory, request =>
        {
            if (cookie != null) request.Headers.Cookie = cookie;
        }, "graphql-transport-ws");
        var payload = token == null ? null : new { Authorization = "Bearer " + token };
        await socket.SendAsync(new { type = "connection_init", payload });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        await socket.SubscribeAsync("s", Subscription);
        await Factory.SubscribersAsync(OpportunityChanged.Topic, ++_subscribers);
        return socket;
    }

    /// <summary>An SSE stream of <see cref="Subscription"/> on a client's credentials, listening.</summary>
    protected async Task<EventStream> ListeningStreamAsync(GraphQLClient client)
    {
        var stream = await EventStream.OpenAsync(client.Http, Subscription);
        Assert.Equal(System.Net.HttpStatusCode.OK, stream.Response.StatusCode);
        await Factory.SubscribersAsync(OpportunityChanged.Topic, ++_subscribers);
        return stream;
    }

    /// <summary>The stream ends as revoked credentials end it: AUTH_NOT_AUTHENTICATED, then complete.</summary>
    protected static async Task AssertRevokedAsync(EventStream stream)
    {
        var (name, data) = await stream.NextAsync();
        Assert.Equal("next", name);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", data!.Value.GetProperty("errors")[0].At("extensions.code").GetString());
        Assert.Equal("complete", (await stream.NextAsync()).Event);
    }

    /// <summary>A socket whose credentials no longer hold is closed with 4403 (Forbidden).</summary>
    protected static async Task AssertRevokedAsync(GraphQLSocket socket) =>
        Assert.Equal(4403, await socket.ClosedAsync());

    /// <summary>Nobody listens any more: every ended stream's subscription was disposed.</summary>
    protected async Task AssertNobodyListensAsync()
    {
        _subscribers = 0;
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 0);
    }
}
