using GraphKam.Server.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphKamData();
builder.AddGraphKamGraphQL();
builder.AddGraphKamAreas(Areas.All);
builder.AddGraphKamWeb();

var app = builder.Build();
if (SchemaExport.TryRun(app, args)) return;
app.UseGraphKamWeb();
app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
