using GraphKam.Server.Common;

namespace GraphKam.Server.Data;

/// <summary>When a piece of start-up work runs, after the migrations: reference data, then demo data, then what derives from both.</summary>
public enum StartupStage
{
    ReferenceData,
    DemoData,
    Derived,
}

/// <summary>Work an area does on the database at start-up (e.g. loading its reference data), before requests are taken.</summary>
public interface IDatabaseStartup
{
    StartupStage Stage { get; }
    Task RunAsync(GraphKamDbContext db, IServiceProvider services, CancellationToken cancellationToken);
}

public static class DatabaseStartupRegistration
{
    public static AreaBuilder Startup<T>(this AreaBuilder area) where T : class, IDatabaseStartup
    {
        area.Services.AddSingleton<IDatabaseStartup, T>();
        return area;
    }
}
