using GraphKam.Server.Data.Backups;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Tests.Operations;

/// <summary>What an operator's dashboards and scheduled jobs read: usable buckets, the codes clients saw, plain outcomes.</summary>
public sealed class MetricShapeTests : IDisposable
{
    private readonly TelemetryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Operation_durations_are_counted_in_buckets_of_seconds()
    {
        await _factory.Client().DataAsync("query BucketRead { accounts(first: 1) { totalCount } }");

        var point = Assert.Single(_factory.Points("graphkam.graphql.operation.duration",
            ("graphql.operation.name", "BucketRead")));
        var bounds = new List<double>();
        foreach (var bucket in point.GetHistogramBuckets()) bounds.Add(bucket.ExplicitBound);
        // The defaults start at 0, 5, 10 (milliseconds): every operation landed in one bucket.
        Assert.Contains(0.005, bounds);
        Assert.Contains(0.25, bounds);
    }

    [Fact]
    public async Task A_rate_limit_refusal_is_counted_by_its_limit()
    {
        using var factory = new TelemetryFactory { Settings = { ["GraphKam:GraphQL:RateLimit:OperationsPerLogin"] = "2" } };
        var client = factory.Client();
        await client.DataAsync("{ accounts(first: 1) { totalCount } }");
        var before = factory.Points("graphkam.graphql.rate_limit.refusals", ("graphkam.limit", "operations"))
            .Sum(p => p.GetSumLong());

        for (var i = 0; i < 3; i++) await client.PostAsync("{ accounts(first: 1) { totalCount } }");

        var after = factory.Points("graphkam.graphql.rate_limit.refusals", ("graphkam.limit", "operations"))
            .Sum(p => p.GetSumLong());
        Assert.True(after - before >= 1, $"{before} → {after}");
    }

    [SqliteFact("It breaks its own SQLite file to make an unexpected failure.")]
    public async Task An_unexpected_failure_is_counted_under_the_code_the_client_saw()
    {
        await _factory.Client().DataAsync("{ __typename }");
        await using (var db = _factory.Db())
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Distributors" RENAME TO "DistributorsGone";""");

        var answer = await _factory.Client().PostAsync("query BrokenRead { distributors(first: 1) { totalCount } }");

        Assert.Equal(["INTERNAL_ERROR"], answer.ErrorCodes);
        var counted = _factory.Points("graphkam.graphql.errors", ("graphql.operation.name", "BrokenRead"));
        Assert.Equal(["INTERNAL_ERROR"], counted.Select(p => TelemetryFactory.Tag(p, "error.code")).ToList());
    }

    [SqliteFact("Backups are of the SQLite file.")]
    public async Task A_backup_into_a_missing_folder_fails_plainly()
    {
        await _factory.Client().DataAsync("{ __typename }");
        var target = Path.Combine(Path.GetTempPath(), $"graphkam-no-such-folder-{Guid.NewGuid():N}", "x.db");

        var outcome = SqliteBackup.Backup(_factory.DatabasePath, target);

        Assert.False(outcome.Succeeded);
        Assert.StartsWith("The backup failed: ", outcome.Message, StringComparison.Ordinal);
    }
}
