using GraphKam.Server.Accounts;
using GraphKam.Server.Activities;
using GraphKam.Server.Capacity;
using GraphKam.Server.Common;
using GraphKam.Server.Contracts;
using GraphKam.Server.Demo;
using GraphKam.Server.Distributors;
using GraphKam.Server.Exports;
using GraphKam.Server.Funnel;
using GraphKam.Server.Health;
using GraphKam.Server.Identity;
using GraphKam.Server.Imports;
using GraphKam.Server.Kpis;
using GraphKam.Server.Operations;
using GraphKam.Server.OrgCharts;
using GraphKam.Server.Plans;
using GraphKam.Server.Products;
using GraphKam.Server.Revenue;
using GraphKam.Server.Service;
using GraphKam.Server.Teams;
using GraphKam.Server.Tiers;
using GraphKam.Server.Users;

namespace GraphKam.Server.Setup;

public static class Areas
{
    /// <summary>
    /// Every area of GraphKam, once. The order is the order of their fields in the schema (root fields, and the fields
    /// each adds to another's type) and of their start-up work within a stage.
    /// </summary>
    public static IReadOnlyList<IArea> All { get; } =
    [
        new AccountsArea(), new UsersArea(), new IdentityArea(), new TiersArea(), new OrgChartsArea(),
        new ActivitiesArea(), new FunnelArea(), new DistributorsArea(), new ServiceArea(), new HealthArea(), new TeamsArea(),
        new PlansArea(), new ProductsArea(), new RevenueArea(), new ContractsArea(), new KpisArea(), new CapacityArea(), new ExportsArea(),
        new ImportsArea(),
        new DemoArea(), new OperationsArea(),
    ];

    /// <summary>Registers each area's fields, services, rules and start-up work.</summary>
    public static WebApplicationBuilder AddGraphKamAreas(this WebApplicationBuilder builder, IEnumerable<IArea> areas)
    {
        var area = new AreaBuilder(builder.Services, builder.Configuration);
        foreach (var each in areas) each.Register(area);
        return builder;
    }
}
