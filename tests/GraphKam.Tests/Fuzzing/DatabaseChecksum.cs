using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace GraphKam.Tests.Fuzzing;

/// <summary>
/// Row counts and a hash of every row of every table of a SQLite file, to show that refused requests changed
/// nothing. Identity's own bookkeeping (logins, refresh and API tokens) is left out: signing in is not a write the
/// fuzzer's requests could make.
/// </summary>
public static class DatabaseChecksum
{
    public static async Task<SortedDictionary<string, string>> OfAsync(string databasePath)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        foreach (var table in tables.Where(t => !t.StartsWith("AspNet", StringComparison.Ordinal) && t is not ("RefreshTokens" or "ApiTokens")))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid"; // table names come from the file itself
            await using var reader = await command.ExecuteReaderAsync();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                    hash.AppendData(Encoding.UTF8.GetBytes((reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) + "\u001F"));
            }
            result[table] = $"{rows} rows, {Convert.ToHexString(hash.GetHashAndReset())[..16]}";
        }
        return result;
    }
}
