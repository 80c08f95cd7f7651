using GraphKam.Server.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphKamData();
builder.AddGraphKamGraphQL();
builder.AddGraphKamAreas(Areas.All);
builder.AddGraphKamWeb();
builder.AddGraphKamScaleOut();
builder.AddGraphKamTelemetry();
builder.AddGraphKamLogging();

var app = builder.Build();
if (SchemaExport.TryRun(app, args)) return 0;
if (await DatabaseCommands.TryRunAsync(app, args) is { } exitCode) return exitCode;
if (BackupCommands.TryRun(app, args) is { } backupExitCode) return backupExitCode;
if (await GraphKam.Server.Imports.ImportCommand.TryRunAsync(app, args) is { } importExitCode) return importExitCode;
app.UseGraphKamWeb();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
