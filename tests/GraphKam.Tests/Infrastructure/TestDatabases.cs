namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// Which database and event bus the test servers use. By default SQLite files and the in-memory bus; with
/// <c>GRAPHKAM_TEST_POSTGRES</c> (a connection string to a PostgreSQL server whose user may create databases) every
/// test server gets a fresh PostgreSQL database, and with <c>GRAPHKAM_TEST_REDIS</c> (a StackExchange.Redis
/// configuration such as <c>127.0.0.1:6379</c>) the Redis event bus, on a channel prefix of its own.
/// </summary>
public static class TestDatabases
{
    public static readonly string? PostgreSql = Setting("GRAPHKAM_TEST_POSTGRES");
    public static readonly string? Redis = Setting("GRAPHKAM_TEST_REDIS");

    public static bool OnPostgreSql => PostgreSql != null;

    private static string? Setting(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}

/// <summary>A test that only means something on SQLite (its file, its pragmas): skipped on a PostgreSQL run.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute(string reason)
    {
        if (TestDatabases.OnPostgreSql) Skip = $"SQLite only: {reason}";
    }
}

/// <summary>A theory that only means something on SQLite: skipped on a PostgreSQL run.</summary>
public sealed class SqliteTheoryAttribute : TheoryAttribute
{
    public SqliteTheoryAttribute(string reason)
    {
        if (TestDatabases.OnPostgreSql) Skip = $"SQLite only: {reason}";
    }
}

/// <summary>A test of PostgreSQL itself: skipped unless <c>GRAPHKAM_TEST_POSTGRES</c> names a server.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (!TestDatabases.OnPostgreSql) Skip = "Needs PostgreSQL: set GRAPHKAM_TEST_POSTGRES (see the README).";
    }
}
