using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// A server with test-only root fields: <c>probe</c> counts its resolver runs (to show a refused document ran nothing),
/// <c>slowCount</c> runs a SQL statement that takes many seconds (to show the timeout interrupts it), and <c>fault</c>
/// fails the way a bug would. Log entries are kept in <see cref="Log"/>; <see cref="Slow"/> slows a chosen statement.
/// </summary>
public sealed class ProbeFactory : GraphKamFactory
{
    private int _probes;

    /// <summary>How many times <c>probe</c> has resolved.</summary>
    public int Probes => Volatile.Read(ref _probes);

    public LogCapture Log { get; } = new();

    /// <summary>Makes a chosen statement slow in the database (see <see cref="SlowStatements"/>).</summary>
    public SlowStatements Slow { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IQueryFields>(new ProbeFields(this));
            services.AddSingleton<IInterceptor>(Slow);
        });
    }

    private sealed class ProbeFields(ProbeFactory factory) : IQueryFields
    {
        // A count to a hundred million: many seconds of work inside one SQLite statement.
        private const string SlowSql = """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000)
            SELECT count(*) AS "Value" FROM n
            """;

        public void AddTo(ObjectGraphType query)
        {
            query.Field<IntGraphType>("probe").Description("Test only.")
                .Resolve(_ => Interlocked.Increment(ref factory._probes));
            query.Field<IntGraphType>("slowCount").Description("Test only.")
                .ResolveAsync(async context =>
                {
                    await using var db = await context.RequestServices!.GetRequiredService<IDbContextFactory<GraphKamDbContext>>()
                        .CreateDbContextAsync(context.CancellationToken);
                    return (await db.Database.SqlQueryRaw<int>(SlowSql).ToListAsync(context.CancellationToken)).Single();
                });
            query.Field<StringGraphType>("fault").Description("Test only.")
                .Resolve(_ => throw new InvalidOperationException("SELECT secret FROM \"Accounts\" failed"));
        }
    }
}
