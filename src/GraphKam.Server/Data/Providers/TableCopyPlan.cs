using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// One table to copy from SQLite to PostgreSQL: its columns with how each value travels (read as SQLite stores it,
/// turned into the model's value, then into what PostgreSQL stores), its primary key, and the columns that point
/// at rows copied later (a parent in the same table): those are written empty first and set once every row is in.
/// </summary>
public sealed record TableCopyPlan(string Table, IReadOnlyList<ColumnCopy> Columns, IReadOnlyList<string> Key,
    IReadOnlyList<string> Deferred)
{
    /// <summary>The tables of the PostgreSQL model, each after the tables it refers to.</summary>
    public static IReadOnlyList<TableCopyPlan> For(IModel sqlite, IModel postgreSql)
    {
        var plans = new List<TableCopyPlan>();
        var copied = new HashSet<string>(StringComparer.Ordinal);
        var pending = postgreSql.GetEntityTypes().Where(e => e.GetTableName() != null && e.BaseType == null)
            .OrderBy(e => e.GetTableName(), StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            // The next table whose references are all copied (or to itself); in a circle, the first one left.
            var next = pending.FirstOrDefault(e => References(e).All(t => t == e.GetTableName() || copied.Contains(t)))
                ?? pending[0];
            pending.Remove(next);
            plans.Add(Plan(next, sqlite.FindEntityType(next.Name)
                ?? throw new InvalidOperationException($"The SQLite model has no {next.Name}."), copied));
            copied.Add(next.GetTableName()!);
        }
        return plans;
    }

    private static IEnumerable<string> References(IEntityType entity) =>
        entity.GetForeignKeys().Select(k => k.PrincipalEntityType.GetTableName()!);

    private static TableCopyPlan Plan(IEntityType target, IEntityType source, HashSet<string> copied)
    {
        var table = target.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, target.GetSchema());
        var columns = target.GetProperties().Select(p => Column(p, source.FindProperty(p.Name)!, store)).ToList();
        var key = target.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName(store)!).ToList();
        var deferred = target.GetForeignKeys()
            .Where(k => !copied.Contains(k.PrincipalEntityType.GetTableName()!))
            .SelectMany(k => k.Properties).Select(p => p.GetColumnName(store)!).Distinct().ToList();
        return new TableCopyPlan(table, columns, key, deferred);
    }

    /// <summary>The column type without its size (<c>character varying(200)</c>: <c>character varying</c>).</summary>
    private static string StoreType(IProperty property)
    {
        var type = property.GetColumnType();
        var facets = type.IndexOf('(', StringComparison.Ordinal);
        return facets < 0 ? type : type[..facets] + type[(type.IndexOf(')', StringComparison.Ordinal) + 1)..];
    }

    private static ColumnCopy Column(IProperty target, IProperty source, StoreObjectIdentifier store)
    {
        var sqlite = source.GetTypeMapping();
        var stored = sqlite.Converter?.ProviderClrType ?? sqlite.ClrType;
        return new ColumnCopy(target.GetColumnName(store)!, StoreType(target),
            Nullable.GetUnderlyingType(stored) ?? stored, sqlite.Converter, target.GetTypeMapping().Converter);
    }
}

/// <summary>
/// How one column's values travel: read from SQLite as <paramref name="SqliteType"/>, made the model's value by
/// <paramref name="FromSqlite"/>, stored in PostgreSQL (as <paramref name="PostgreSqlType"/>) by
/// <paramref name="ToPostgreSql"/>.
/// </summary>
public sealed record ColumnCopy(string Name, string PostgreSqlType, Type SqliteType, ValueConverter? FromSqlite,
    ValueConverter? ToPostgreSql)
{
    /// <summary>The model's value of a SQLite value (null stays null).</summary>
    public object? ModelValue(object? stored) =>
        stored == null ? null : FromSqlite is { } converter ? converter.ConvertFromProvider(stored) : stored;

    /// <summary>The model's value of a value read from PostgreSQL.</summary>
    public object ModelValueFromPostgreSql(object stored) =>
        ToPostgreSql is { } converter ? converter.ConvertFromProvider(stored)! : stored;

    /// <summary>What PostgreSQL stores for a model value.</summary>
    public object? PostgreSqlValue(object? model) => model switch
    {
        null => null,
        _ when ToPostgreSql is { } converter => Utc(converter.ConvertToProvider(model)),
        _ => Utc(model),
    };

    // PostgreSQL keeps instants in UTC and refuses offsets or unspecified kinds for them.
    private static object? Utc(object? value) => value switch
    {
        DateTimeOffset instant => instant.ToUniversalTime(),
        DateTime { Kind: DateTimeKind.Unspecified } instant => DateTime.SpecifyKind(instant, DateTimeKind.Utc),
        _ => value,
    };
}
