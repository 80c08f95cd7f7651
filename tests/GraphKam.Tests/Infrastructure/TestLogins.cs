using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphKam.Server.Data;
using GraphKam.Server.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// Real logins on the server under test, made through Identity, and real access tokens issued by its token service
/// (on its clock: a token is issued again when the clock has moved past its expiry).
/// </summary>
public sealed class TestLogins(GraphKamFactory factory)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<int>>> _logins = new();
    private readonly ConcurrentDictionary<int, (string Token, DateTimeOffset ExpiresAt)> _tokens = new();

    /// <summary>A login with one role (and a partner's distributor, or an existing person), made once per key.</summary>
    public Task<int> LoginAsync(string role, int? distributorId = null, int? personId = null)
    {
        var key = $"{role}|{distributorId}|{personId}";
        return _logins.GetOrAdd(key, _ => new Lazy<Task<int>>(() => CreateAsync(role, distributorId, personId))).Value;
    }

    public async Task<string> TokenAsync(string role, int? distributorId = null, int? personId = null) =>
        await TokenForAsync(await LoginAsync(role, distributorId, personId));

    public async Task<string> TokenForAsync(int loginId)
    {
        var now = factory.Clock.GetUtcNow();
        if (_tokens.TryGetValue(loginId, out var cached) && cached.ExpiresAt > now.AddMinutes(1)) return cached.Token;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraphKamDbContext>();
        var login = await db.Logins.FirstAsync(l => l.Id == loginId);
        var pair = await scope.ServiceProvider.GetRequiredService<TokenService>().IssueAsync(db, login, CancellationToken.None);
        _tokens[loginId] = (pair.AccessToken, now.AddSeconds(pair.ExpiresIn));
        return pair.AccessToken;
    }

    /// <summary>A client whose every request carries a current token of this login.</summary>
    public GraphQLClient ClientAs(string role, int? distributorId = null, int? personId = null) =>
        new(factory.CreateDefaultClient(new BearerHandler(() => TokenAsync(role, distributorId, personId))));

    private async Task<int> CreateAsync(string role, int? distributorId, int? personId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Login>>();
        var db = scope.ServiceProvider.GetRequiredService<GraphKamDbContext>();
        var email = $"{role.ToLowerInvariant()}-{distributorId}-{personId}-{Guid.NewGuid():N}@test.graphkam";
        var person = personId is { } id ? await db.People.AsTracking().FirstAsync(p => p.Id == id)
            : new User { Name = $"Test {role}", Email = email, Role = RoleNames.Parse(role) };
        var login = new Login { UserName = email, Email = email, Person = person, DistributorId = distributorId };
        await users.CreateWithRoleAsync(login, role, TestPassword);
        return login.Id;
    }

    public const string TestPassword = "Test-password-2026";

    /// <summary>The demo users' password (<c>GraphKam:Auth:DemoPassword</c>'s default).</summary>
    public const string DemoPassword = "GraphKam-demo-2026";

    /// <summary>A client signed in as a real client is: through <c>/auth/login</c> with an e-mail and password.</summary>
    public async Task<GraphQLClient> SignInAsync(string email, string password = DemoPassword)
    {
        var http = factory.CreateClient();
        var response = await http.PostAsJsonAsync("/auth/login", new { email, password });
        var token = JsonDocument.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(http);
    }

    private sealed class BearerHandler(Func<Task<string>> token) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", await token());
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
