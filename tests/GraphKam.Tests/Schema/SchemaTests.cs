using GraphKam.Server.Setup;
using GraphKam.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace GraphKam.Tests.Schema;

[Trait("Provider", "Independent")]
public sealed class SchemaTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    private ISchema Schema
    {
        get
        {
            var schema = fixture.Factory.Services.GetRequiredService<ISchema>();
            schema.Initialize();
            return schema;
        }
    }

    /// <summary>The running schema against its committed snapshot (a reviewable diff of every API change).</summary>
    [Fact]
    public void The_schema_matches_its_snapshot() => Snapshot.Match(SchemaExport.Print(Schema));

    /// <summary>
    /// The repository's schema.graphql is the exported schema; regenerate it after a deliberate change with
    /// <c>dotnet run --project src/GraphKam.Server -- export-schema schema.graphql</c> (from the repository root).
    /// </summary>
    [Fact]
    public void The_exported_schema_graphql_matches_the_running_schema()
    {
        var exported = File.ReadAllText(Path.Combine(RepositoryRoot(), "schema.graphql")).ReplaceLineEndings("\n");
        Assert.True(exported == SchemaExport.Print(Schema),
            "schema.graphql differs from the running schema. Regenerate it: dotnet run --project src/GraphKam.Server -- export-schema schema.graphql");
    }

    /// <summary>
    /// A root list's connection and edge types are named after the field, as HotChocolate names them
    /// (<c>contractsExpiring</c> → <c>ContractsExpiringConnection</c>), so that a client written for a HotChocolate
    /// server finds the types it was written against.
    /// </summary>
    [Fact]
    public void Root_connections_are_named_after_their_field()
    {
        var misnamed = Schema.Query.Fields
            .Where(f => f.ResolvedType?.GetNamedType() is IObjectGraphType { Name: var name } && name.EndsWith("Connection", StringComparison.Ordinal))
            .Select(f => (Field: f.Name, Type: f.ResolvedType!.GetNamedType().Name))
            .Where(f => f.Type != char.ToUpperInvariant(f.Field[0]) + f.Field[1..] + "Connection")
            .ToList();
        Assert.Empty(misnamed);
    }

    [Fact]
    public async Task The_SDL_download_is_the_exported_schema()
    {
        var sdl = await fixture.Client.Http.GetStringAsync("/graphql?sdl");
        Assert.Equal(SchemaExport.Print(Schema), sdl.ReplaceLineEndings("\n") + "\n");
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_is_described()
    {
        var missing = new List<string>();
        foreach (var type in Schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is IComplexGraphType complex)
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description)) missing.Add($"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                        if (string.IsNullOrWhiteSpace(argument.Description)) missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                }
            if (type is EnumerationGraphType enumeration)
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
        }
        Assert.Empty(missing);
    }

    /// <summary>
    /// HotChocolate's mutation conventions, which clients written for a HotChocolate server rely on: each mutation
    /// takes one `input: {Name}Input!` and returns `{Name}Payload!` whose `errors` lists the union `{Name}Error`.
    /// </summary>
    [Fact]
    public void Every_mutation_follows_the_mutation_conventions()
    {
        var broken = new List<string>();
        foreach (var field in Schema.Mutation!.Fields)
        {
            var name = char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
            var arguments = field.Arguments?.Select(a => $"{a.Name}: {a.ResolvedType}").ToList() ?? [];
            if (arguments is not [var only] || only != $"input: {name}Input!") broken.Add($"{field.Name}({string.Join(", ", arguments)})");
            if (field.ResolvedType?.ToString() != $"{name}Payload!") broken.Add($"{field.Name}: {field.ResolvedType}");
            var errors = (field.ResolvedType?.GetNamedType() as IComplexGraphType)?.GetField("errors")?.ResolvedType?.ToString();
            if (errors != $"[{name}Error!]") broken.Add($"{field.Name}.errors: {errors}");
        }
        Assert.Empty(broken);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "GraphKam.sln"))) return directory.FullName;
        throw new InvalidOperationException("Run the tests from within the repository.");
    }
}
