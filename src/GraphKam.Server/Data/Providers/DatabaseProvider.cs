namespace GraphKam.Server.Data.Providers;

/// <summary>Which database GraphKam stores its data in (<c>GraphKam:Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>One file beside the server, nothing to install: the default, for one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server that several GraphKam instances share.</summary>
    PostgreSQL,
}

/// <summary>Reads the provider setting; an unknown name stops the start with a message naming the choices.</summary>
public static class DatabaseProviders
{
    public const string Setting = "GraphKam:Database:Provider";

    public static DatabaseProvider Of(IConfiguration configuration) => configuration[Setting] switch
    {
        null or "" => DatabaseProvider.Sqlite,
        var name when Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) => provider,
        var name => throw new InvalidOperationException(
            $"{Setting} is '{name}'; it must be {DatabaseProvider.Sqlite} or {DatabaseProvider.PostgreSQL}."),
    };

    /// <summary>The PostgreSQL connection string, which must be given (there is no sensible default server).</summary>
    public static string PostgreSqlConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("GraphKam") is { Length: > 0 } connectionString
        && !connectionString.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase)
            ? connectionString
            : throw new InvalidOperationException(
                "GraphKam:Database:Provider is PostgreSQL: set ConnectionStrings:GraphKam to a PostgreSQL connection "
                + "string (Host=…;Database=…;Username=…;Password=…).");
}
