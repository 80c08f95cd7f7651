using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Funnel;

/// <summary>The sales funnel: stages, opportunities and their history, targets, and the analytics over them.</summary>
public sealed class FunnelArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Query<FunnelQueries>().Mutations<FunnelMutations>().Subscriptions<FunnelSubscriptions>()
            .Extend<AccountType, AccountFunnelFields>()
            .Access<FunnelAccess>()
            .Startup<FunnelStageStartup>();
        area.Options<FunnelOptions>("GraphKam:Funnel");
        // Replaced by the distributors area, when it is there.
        area.Services.AddSingleton<IDealChannel, DirectSalesOnly>();
        area.Services.AddSingleton<DealRouting>();
    }
}
