using GraphKam.Server.Data.Providers;
using GraphKam.Tests.Infrastructure;
using Npgsql;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// Instances started together: while one migrates and loads the demo data (minutes on a busy machine), the others
/// wait for it, however long that takes, instead of failing their start at the database's command timeout.
/// </summary>
public sealed class StartupLockTests
{
    [PostgreSqlFact]
    public async Task An_instance_waits_for_another_one_starting_longer_than_the_command_timeout()
    {
        using var server = GraphKamFactory.Empty();
        // A short command timeout stands for a long start-up elsewhere.
        var impatient = new NpgsqlConnectionStringBuilder(server.ConnectionString) { CommandTimeout = 2 };
        server.Settings["ConnectionStrings:GraphKam"] = impatient.ConnectionString;

        await using var other = new NpgsqlConnection(server.OwnerConnectionString);
        await other.OpenAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({ClusterLocks.Startup})", other))
            await take.ExecuteNonQueryAsync();
        var starting = Task.Run(() => server.Client().DataAsync("{ __typename }"));

        await Task.Delay(TimeSpan.FromSeconds(6));
        Assert.False(starting.IsCompleted, "The instance started while another one held the start-up lock.");
        await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({ClusterLocks.Startup})", other))
            await release.ExecuteNonQueryAsync();

        var started = await starting.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal("Query", started.GetProperty("__typename").GetString());
    }
}
