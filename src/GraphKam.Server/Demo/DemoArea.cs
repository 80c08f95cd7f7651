using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Demo;

/// <summary>The demo sales organisation (<c>GraphKam:SeedDemoData</c>): no schema of its own, only data at start-up.</summary>
public sealed class DemoArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Options<DemoDataOptions>("GraphKam");
        area.Startup<DemoDataStartup>().Startup<DemoServiceStartup>().Startup<DemoKpiStartup>();
    }
}
