using Npgsql;

namespace GraphKam.Tests.Authorization;

/// <summary>
/// <see cref="DatabaseSnapshot"/> on PostgreSQL: every table copied into a schema of its own, and put back by
/// emptying the tables and copying the rows in again (foreign keys unchecked while it runs, sequences reset), in one
/// transaction.
/// </summary>
public sealed class PostgreSqlSnapshot : DatabaseSnapshot
{
    private const string Schema = "graphkam_snapshot";
    private readonly string _connectionString;
    private readonly List<string> _tables;
    private readonly List<(string Sequence, long Value, bool Called)> _sequences = [];

    public PostgreSqlSnapshot(string connectionString)
    {
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        using var db = Open(_connectionString);
        _tables = Tables(db);
        Execute(db, $"DROP SCHEMA IF EXISTS {Schema} CASCADE; CREATE SCHEMA {Schema};"
            + string.Concat(_tables.Select(t => $"CREATE TABLE {Schema}.\"{t}\" AS TABLE public.\"{t}\";")));
        using var sequences = new NpgsqlCommand(
            """
            SELECT sequencename, coalesce(last_value, 1), last_value IS NOT NULL
            FROM pg_sequences WHERE schemaname = 'public'
            """, db);
        using var reader = sequences.ExecuteReader();
        while (reader.Read()) _sequences.Add((reader.GetString(0), reader.GetInt64(1), reader.GetBoolean(2)));
    }

    public override void Restore()
    {
        using var db = Open(_connectionString);
        var tables = string.Join(", ", _tables.Select(t => $"public.\"{t}\""));
        Execute(db, "BEGIN; SET LOCAL session_replication_role = replica;"
            + $"TRUNCATE {tables};"
            + string.Concat(_tables.Select(t => $"INSERT INTO public.\"{t}\" SELECT * FROM {Schema}.\"{t}\";"))
            + string.Concat(_sequences.Select(s => $"SELECT setval('public.\"{s.Sequence}\"', {s.Value}, {s.Called});"))
            + "COMMIT;");
    }

    /// <summary>A hash of every row of every table of the public schema, in a stable order.</summary>
    public static string Checksum(string connectionString)
    {
        using var db = Open(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        var parts = Tables(db).Select(t =>
            $"SELECT '{t}' || ':' || coalesce(md5(string_agg(r::text, '|' ORDER BY r::text)), '') "
            + $"FROM public.\"{t}\" r");
        using var command = new NpgsqlCommand(
            $"SELECT md5(string_agg(part, ',' ORDER BY part)) "
            + $"FROM ({string.Join(" UNION ALL ", parts)}) AS p(part)", db);
        return (string)command.ExecuteScalar()!;
    }

    private static List<string> Tables(NpgsqlConnection db)
    {
        using var list = new NpgsqlCommand(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", db);
        using var reader = list.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read()) tables.Add(reader.GetString(0));
        return tables;
    }

    private static NpgsqlConnection Open(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(NpgsqlConnection db, string sql)
    {
        using var command = new NpgsqlCommand(sql, db);
        command.ExecuteNonQuery();
    }
}
