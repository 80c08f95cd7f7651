using Npgsql;

namespace GraphKam.Tests.Authorization;

/// <summary>
/// <see cref="DatabaseSnapshot"/> on PostgreSQL: every table copied into a schema of its own, with a checksum of each.
/// A statement trigger on every table notes which tables were written since (by anyone: the server's role too), so
/// that telling whether a case changed anything reads only those tables, and putting the database back rewrites only
/// those (foreign keys unchecked while it runs, sequences reset), in one transaction. Hashing and truncating every
/// table after each case was most of the authorization matrix's time.
/// </summary>
public sealed class PostgreSqlSnapshot : DatabaseSnapshot
{
    private const string Schema = "graphkam_snapshot";
    private readonly string _connectionString;
    private readonly Dictionary<string, string> _checksums;
    private readonly List<(string Sequence, long Value, bool Called)> _sequences = [];

    public PostgreSqlSnapshot(string connectionString)
    {
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        using var db = Open(_connectionString);
        var tables = Tables(db);
        // SECURITY DEFINER: the trigger records a write of the server's own role, which may not touch this schema.
        Execute(db, $"""
            DROP SCHEMA IF EXISTS {Schema} CASCADE; CREATE SCHEMA {Schema};
            CREATE UNLOGGED TABLE {Schema}.written (name text PRIMARY KEY);
            CREATE FUNCTION {Schema}.note_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS
              'BEGIN INSERT INTO {Schema}.written VALUES (TG_TABLE_NAME) ON CONFLICT DO NOTHING; RETURN NULL; END';
            """
            + string.Concat(tables.Select(t => $"""
                CREATE TABLE {Schema}."{t}" AS TABLE public."{t}";
                CREATE TRIGGER graphkam_snapshot_write AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON public."{t}"
                  FOR EACH STATEMENT EXECUTE FUNCTION {Schema}.note_write();
                """)));
        _checksums = TableChecksums(db, tables);
        using var sequences = new NpgsqlCommand(
            """
            SELECT sequencename, coalesce(last_value, 1), last_value IS NOT NULL
            FROM pg_sequences WHERE schemaname = 'public'
            """, db);
        using var reader = sequences.ExecuteReader();
        while (reader.Read()) _sequences.Add((reader.GetString(0), reader.GetInt64(1), reader.GetBoolean(2)));
    }

    public override bool Changed()
    {
        using var db = Open(_connectionString);
        var written = Written(db);
        return written.Count > 0 && TableChecksums(db, written).Any(t => t.Value != _checksums[t.Key]);
    }

    public override void Restore()
    {
        using var db = Open(_connectionString);
        var written = Written(db);
        // In replica mode neither foreign keys nor the write triggers fire: putting rows back is not a write to note.
        Execute(db, "BEGIN; SET LOCAL session_replication_role = replica;"
            + string.Concat(written.Select(t => $"DELETE FROM public.\"{t}\"; INSERT INTO public.\"{t}\" SELECT * FROM {Schema}.\"{t}\";"))
            + string.Concat(_sequences.Select(s => $"SELECT setval('public.\"{s.Sequence}\"', {s.Value}, {s.Called});"))
            + $"DELETE FROM {Schema}.written; COMMIT;");
    }

    /// <summary>A hash of every row of every table of the public schema, in a stable order.</summary>
    public static string Checksum(string connectionString)
    {
        using var db = Open(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        var checksums = TableChecksums(db, Tables(db));
        return string.Join(",", checksums.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}:{t.Value}"));
    }

    private static Dictionary<string, string> TableChecksums(NpgsqlConnection db, IEnumerable<string> tables)
    {
        using var command = new NpgsqlCommand(string.Join(" UNION ALL ", tables.Select(t =>
            $"SELECT '{t}', coalesce(md5(string_agg(r::text, '|' ORDER BY r::text)), '') FROM public.\"{t}\" r")), db);
        using var reader = command.ExecuteReader();
        var checksums = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) checksums[reader.GetString(0)] = reader.GetString(1);
        return checksums;
    }

    private static List<string> Written(NpgsqlConnection db) =>
        Strings(db, $"SELECT name FROM {Schema}.written ORDER BY name");

    private static List<string> Tables(NpgsqlConnection db) =>
        Strings(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");

    private static List<string> Strings(NpgsqlConnection db, string sql)
    {
        using var command = new NpgsqlCommand(sql, db);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
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
