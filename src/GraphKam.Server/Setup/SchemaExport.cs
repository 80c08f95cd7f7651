using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphKam.Server.Setup;

/// <summary>
/// <c>dotnet run --project src/GraphKam.Server -- export-schema [path]</c> writes the schema's SDL and exits without
/// touching the database: this is how <c>schema.graphql</c> is regenerated. A relative path is taken from the
/// repository root (default: <c>schema.graphql</c> there).
/// </summary>
public static class SchemaExport
{
    public static bool TryRun(WebApplication app, string[] args)
    {
        if (args is not ["export-schema", ..]) return false;
        var root = RepositoryLayout.FindRoot(app.Environment.ContentRootPath) ?? Environment.CurrentDirectory;
        var path = Path.GetFullPath(args.Length > 1 ? args[1] : "schema.graphql", root);
        File.WriteAllText(path, Print(app.Services.GetRequiredService<ISchema>()));
        Console.WriteLine($"Schema written to {path}");
        return true;
    }

    public static string Print(ISchema schema) => schema.Print(new PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n") + "\n";
}
