using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// The real server in-process, on its own SQLite file in the temp folder (deleted afterwards), or on a fresh
/// PostgreSQL database when <see cref="TestDatabases"/> says so. The environment is "Testing", so errors are masked
/// as in production. Every SQL statement run for a caller is captured by <see cref="Sql"/>.
/// </summary>
public class GraphKamFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"graphkam-test-{Guid.NewGuid():N}.db");

    private readonly Lazy<PostgreSqlTestDatabase>? _postgreSql;

    public GraphKamFactory()
    {
        // Decided when the database is first needed: a test may change Settings after construction.
        _postgreSql = TestDatabases.OnPostgreSql
            ? new(() => new PostgreSqlTestDatabase(FromTemplate ? DatabaseTemplates.PostgreSqlFor(this) : null))
            : null;
    }

    /// <summary>
    /// Whether the database starts as a copy of a template (<see cref="DatabaseTemplates"/>); false for a test of what
    /// start-up does to an empty database.
    /// </summary>
    public bool FromTemplate { get; init; } = true;

    /// <summary>Leaves the database in place when the server goes (to make it a template).</summary>
    internal bool KeepDatabase { get; init; }

    /// <summary>The PostgreSQL database's name; null on SQLite.</summary>
    public string? PostgreSqlName => _postgreSql?.Value.Name;

    /// <summary>The server's <c>ConnectionStrings:GraphKam</c>: its SQLite file, or its PostgreSQL database.</summary>
    public string ConnectionString => _postgreSql?.Value.ConnectionString ?? $"Data Source={DatabasePath}";

    /// <summary>On PostgreSQL, the owner's connection (the server's role may not do all a test does).</summary>
    public string OwnerConnectionString => _postgreSql?.Value.OwnerConnectionString ?? ConnectionString;
    public SqlCapture Sql { get; } = new();

    /// <summary>The server's clock: fixed until a test advances it (timers such as override expiry follow it).</summary>
    public FakeTimeProvider Clock { get; } = new(ClockStart);

    public static readonly DateTimeOffset ClockStart = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    // Hourly expiry and escalation sweeps and a daily health watch: moving the fake clock by months then fires
    // thousands of ticks, not hundreds of thousands (a test of a sweep calls it itself or sets its interval).
    // A signing key of its own: tests never write the generated key file into the source tree.
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["GraphKam:SeedDemoData"] = "true",
        ["GraphKam:Tiers:ExpirySweepInterval"] = "01:00:00",
        ["GraphKam:Health:SweepInterval"] = "1.00:00:00",
        ["GraphKam:Service:EscalationSweepInterval"] = "01:00:00",
        // Hundreds of test servers start: none runs the warm-up reads (they would count in metrics and SQL captures).
        ["GraphKam:WarmUpAtStart"] = "false",
        ["GraphKam:Auth:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64)),
    };

    /// <summary>
    /// The ASP.NET Core environment: "Testing" (production behaviour) unless a test needs what <c>dotnet run</c>
    /// gives a newcomer ("Development", whose error page logs every exception that escapes a request).
    /// </summary>
    public string HostEnvironment { get; init; } = "Testing";

    public static GraphKamFactory Empty() => new() { Settings = { ["GraphKam:SeedDemoData"] = "false" } };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(HostEnvironment);
        if (FromTemplate && !TestDatabases.OnPostgreSql && !Settings.ContainsKey("ConnectionStrings:GraphKam"))
            DatabaseTemplates.CopySqliteTo(this);
        builder.UseSetting("ConnectionStrings:GraphKam", ConnectionString);
        if (TestDatabases.OnPostgreSql) builder.UseSetting("GraphKam:Database:Provider", "PostgreSQL");
        if (TestDatabases.Redis is { } redis)
        {
            // Test servers share one Redis: each listens on channels of its own unless a test says otherwise.
            builder.UseSetting("GraphKam:EventBus", "Redis");
            builder.UseSetting("GraphKam:Redis", redis);
            builder.UseSetting("GraphKam:RedisChannel", $"graphkam-test-{Guid.NewGuid():N}");
        }
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IInterceptor>(provider => Sql.For(provider.GetRequiredService<IHttpContextAccessor>()));
            services.AddSingleton<TimeProvider>(Clock);
            // Identity's 100,000 rounds of PBKDF2 per password were about 7% of the suite's CPU (every test login is
            // created with a password, many are signed in with one). A hash records its rounds, so templates made
            // here and every check against them use the lighter count; the hashing itself is the real one.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
        });
        builder.ConfigureLogging(logging => logging.AddProvider(new ServerErrorLog()));
    }

    /// <summary>Logins and tokens on this server.</summary>
    public TestLogins Logins => _logins ??= new TestLogins(this);
    private TestLogins? _logins;

    /// <summary>A client signed in as a sales director (who may read and change everything).</summary>
    public GraphQLClient Client() => Logins.ClientAs(Roles.Director);

    /// <summary>A client that has not signed in.</summary>
    public GraphQLClient AnonymousClient() => new(CreateClient());

    /// <summary>A context on the server's database, for arranging data and checking what was stored.</summary>
    public GraphKamDbContext Db() =>
        Services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>().CreateDbContext();

    /// <summary>
    /// Waits until <paramref name="count"/> subscriptions listen on <paramref name="topic"/>: a subscribe message is
    /// handled asynchronously, and an event published before then would rightly not reach it.
    /// </summary>
    public async Task SubscribersAsync(string topic, int count)
    {
        for (var waited = 0; SubscriberCount(topic) != count; waited += 10)
        {
            if (waited > 10_000) Assert.Fail($"{topic} has {SubscriberCount(topic)} subscribers, not {count}.");
            await Task.Delay(10);
        }
    }

    /// <summary>
    /// How many subscriptions listen on <paramref name="topic"/> now; with Redis, those whose channel Redis has
    /// confirmed (an event published before that would not be heard).
    /// </summary>
    public int SubscriberCount(string topic) => Services.GetRequiredService<ITopicBus>() switch
    {
        RedisTopicBus redis => redis.SubscriberCount(topic),
        var bus => ((InMemoryTopicBus)bus).SubscriberCount(topic),
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (KeepDatabase) return;
        if (_postgreSql is { IsValueCreated: true }) _postgreSql.Value.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", ".lock" })
            File.Delete(DatabasePath + suffix);
    }
}
