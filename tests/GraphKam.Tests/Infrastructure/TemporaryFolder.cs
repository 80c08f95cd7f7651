using Microsoft.Data.Sqlite;

namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// A test's own folder in the temp directory, deleted when the test ends; SQLite's pooled connections are closed
/// first, so no open database file in it keeps the folder from going.
/// </summary>
public sealed class TemporaryFolder(string prefix) : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
