using System.Net;
using System.Net.Http.Json;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Identity;

/// <summary>
/// Sign-in answers do not tell whether an e-mail address has a login: not by their content, not by lockout, and not
/// by their time (an unknown address costs a password verification as a known one does).
/// </summary>
public sealed class SignInExistenceTests : IAsyncLifetime
{
    private const string Unknown = "nobody@test.graphkam";

    private readonly CountingFactory _factory = new() { Settings = { ["GraphKam:SeedDemoData"] = "false" } };
    private readonly HttpClient _http;
    private string _known = null!;

    public SignInExistenceTests() => _http = _factory.CreateDefaultClient();

    public async Task InitializeAsync()
    {
        var id = await _factory.Logins.LoginAsync(Roles.AccountManager);
        await using var db = _factory.Db();
        _known = (await db.Logins.SingleAsync(l => l.Id == id)).Email!;
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<(HttpStatusCode Status, string Body)> SignInAsync(string email,
        string password = "Wrong-password-1")
    {
        var response = await _http.PostAsJsonAsync("/auth/login", new { email, password });
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_email_costs_a_password_verification_as_a_known_one_does()
    {
        var before = _factory.Hasher.Verified;
        var known = await SignInAsync(_known);
        Assert.Equal(before + 1, _factory.Hasher.Verified);
        var unknown = await SignInAsync(Unknown);
        Assert.Equal(before + 2, _factory.Hasher.Verified);
        Assert.Equal(known, unknown);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
    }

    [Fact]
    public async Task Known_and_unknown_emails_answer_alike_up_to_and_during_the_lockout()
    {
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            // Any spelling of an address counts for it (addresses are compared normalised).
            var spell = attempt % 2 == 0 ? (Func<string, string>)(e => e) : e => e.ToUpperInvariant();
            var known = await SignInAsync(spell(_known));
            var unknown = await SignInAsync(spell(Unknown));
            Assert.Equal(known, unknown);
            answers.Add(known.Status);
        }
        HttpStatusCode[] expected =
            [.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.Locked, HttpStatusCode.Locked];
        Assert.Equal(expected, answers);
        Assert.Equal(HttpStatusCode.Locked, (await SignInAsync(_known, TestLogins.TestPassword)).Status);

        // Five minutes later (on the server's clock) both are let try again.
        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(Unknown)).Status);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(_known, TestLogins.TestPassword)).Status);
    }

    [Fact]
    public async Task An_administrators_lock_is_told_only_to_the_right_password()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Login>>();
            var login = (await users.FindByEmailAsync(_known))!;
            await users.SetLockoutEndDateAsync(login, DateTimeOffset.MaxValue);
        }
        var wrong = await SignInAsync(_known);
        Assert.Equal(await SignInAsync(Unknown), wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Equal(HttpStatusCode.Locked, (await SignInAsync(_known, TestLogins.TestPassword)).Status);
    }

    /// <summary>The server with a password hasher that counts verifications.</summary>
    private sealed class CountingFactory : GraphKamFactory
    {
        public CountingPasswordHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IPasswordHasher<Login>>(Hasher));
        }
    }

    private sealed class CountingPasswordHasher : IPasswordHasher<Login>
    {
        private readonly PasswordHasher<Login> _real = new();
        private int _verified;

        public int Verified => Volatile.Read(ref _verified);

        public string HashPassword(Login user, string password) => _real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Login user, string hashedPassword,
            string providedPassword)
        {
            Interlocked.Increment(ref _verified);
            return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
