using System.Security.Cryptography;
using System.Text;
using GraphKam.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace GraphKam.Tests.Authorization;

/// <summary>
/// A copy of a test server's database, put back between cases, and a checksum of every row, to prove that a refused
/// call changed nothing. On SQLite the copy is made and restored with SQLite's online backup (a few milliseconds); on
/// PostgreSQL by <see cref="PostgreSqlSnapshot"/>.
/// </summary>
public class DatabaseSnapshot : IDisposable
{
    private readonly SqliteConnection _copy = new("Data Source=:memory:");
    private readonly string _path = "";
    private readonly string _checksum = "";

    public static DatabaseSnapshot Of(GraphKamFactory factory) =>
        TestDatabases.OnPostgreSql
            ? new PostgreSqlSnapshot(factory.OwnerConnectionString)
            : new DatabaseSnapshot(factory.DatabasePath);

    public static string Checksum(GraphKamFactory factory) =>
        TestDatabases.OnPostgreSql
            ? PostgreSqlSnapshot.Checksum(factory.OwnerConnectionString)
            : Checksum(factory.DatabasePath);

    protected DatabaseSnapshot()
    {
    }

    private DatabaseSnapshot(string path)
    {
        _path = path;
        _copy.Open();
        using var live = Open(path);
        live.BackupDatabase(_copy);
        _checksum = Checksum(path);
    }

    /// <summary>Whether the database differs from the snapshot (a write that put back what was there is no change).</summary>
    public virtual bool Changed() => Checksum(_path) != _checksum;

    public virtual void Restore()
    {
        // The server may still be finishing a write of the previous case (an event, a background sweep): the backup
        // needs the database to itself, so it waits for that write as SQLite's busy timeout would.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var live = Open(_path);
                _copy.BackupDatabase(live);
                return;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6 && attempt < 100)
            {
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>A hash of every row of every table, in a stable order.</summary>
    private static string Checksum(string path)
    {
        using var db = Open(path);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var tables = new List<string>();
        using (var list = db.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        foreach (var table in tables)
        {
            using var rows = db.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = rows.ExecuteReader();
            hash.AppendData(Encoding.UTF8.GetBytes(table));
            while (reader.Read())
                for (var i = 0; i < reader.FieldCount; i++)
                    hash.AppendData(Encoding.UTF8.GetBytes($"|{reader.GetValue(i)}"));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    public virtual void Dispose()
    {
        _copy.Dispose();
        GC.SuppressFinalize(this);
    }
}
