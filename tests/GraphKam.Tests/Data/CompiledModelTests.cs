using System.Reflection;
using GraphKam.Server.CompiledModel;
using GraphKam.Server.Data;
using GraphKam.Server.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GraphKam.Tests.Data;

/// <summary>
/// Staff contexts on SQLite take a model compiled ahead of time (<c>src/GraphKam.Server/CompiledModel</c>) instead of
/// building it at every start. It must be the model the code describes, and only staff contexts may have it.
/// </summary>
public sealed class CompiledModelTests
{
    private const string Regenerate = "The model changed: run `dotnet dotnet-ef dbcontext optimize --project "
        + "src/GraphKam.Server --context GraphKamDbContext --output-dir CompiledModel --namespace GraphKam.Server.CompiledModel` "
        + "and delete the GraphKamDbContextAssemblyAttributes.cs it writes (README, Working on GraphKam).";

    [Fact]
    public void The_compiled_model_is_the_model_a_staff_context_builds()
    {
        var builder = new DbContextOptionsBuilder<GraphKamDbContext>()
            .UseSqlite("Data Source=" + Path.Combine(Path.GetTempPath(), "never-created.db"));
        builder.UseSqliteTranslations();
        var options = builder.Options;
        using var built = new GraphKamDbContext(options);
        using var compiled = new GraphKamDbContext(new DbContextOptionsBuilder<GraphKamDbContext>(options)
            .UseModel(GraphKamDbContextModel.Instance).Options);

        var expected = Describe(built.Model);
        var actual = Describe(compiled.Model);
        Assert.True(expected.SequenceEqual(actual), Regenerate + "\nOnly built: " + string.Join("; ", expected.Except(actual).Take(5))
            + "\nOnly compiled: " + string.Join("; ", actual.Except(expected).Take(5)));
        Assert.True(expected.Count > 300, "The description should cover every column.");
    }

    [Fact]
    public void No_compiled_model_is_registered_for_every_context()
    {
        // The tool also writes an assembly attribute that would give the compiled model to every GraphKamDbContext,
        // partners' included, whose model must carry the isolation filters.
        Assert.Empty(typeof(GraphKamDbContext).Assembly.GetCustomAttributes<DbContextModelAttribute>());
    }

    /// <summary>
    /// One line per table, column, key, index and relationship, with what decides the SQL and the values (a compiled
    /// converter is a generic one holding the same conversions, so converters compare by their two types).
    /// </summary>
    private static List<string> Describe(IModel model) =>
        model.GetEntityTypes().SelectMany(type => new[] { $"{type.Name} -> {type.GetTableName()} filters {type.GetDeclaredQueryFilters().Count}" }
            .Concat(type.GetProperties().Select(p =>
                $"{type.Name}.{p.Name}: {p.ClrType.Name} column {p.GetColumnName()} {p.GetColumnType()} null {p.IsNullable} "
                + $"max {p.GetMaxLength()} converter {p.GetValueConverter()?.ModelClrType.Name}>{p.GetValueConverter()?.ProviderClrType.Name} mapping {p.GetRelationalTypeMapping().StoreType}/{p.GetRelationalTypeMapping().Converter?.ProviderClrType.Name} concurrency {p.IsConcurrencyToken} "
                + $"generated {p.ValueGenerated}"))
            .Concat(type.GetKeys().Select(k => $"{type.Name} key {string.Join(",", k.Properties.Select(p => p.Name))} primary {k.IsPrimaryKey()}"))
            .Concat(type.GetIndexes().Select(i => $"{type.Name} index {i.GetDatabaseName()} {string.Join(",", i.Properties.Select(p => p.Name))} unique {i.IsUnique} filter {i.GetFilter()}"))
            .Concat(type.GetForeignKeys().Select(f => $"{type.Name} fk {string.Join(",", f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} delete {f.DeleteBehavior} required {f.IsRequired}"))
            .Concat(type.GetNavigations().Select(n => $"{type.Name} nav {n.Name} -> {n.TargetEntityType.Name}")))
            .Concat(model.GetDbFunctions().Select(f => $"function {f.ModelName} {f.Name}"))
            .Order(StringComparer.Ordinal).ToList();
}
