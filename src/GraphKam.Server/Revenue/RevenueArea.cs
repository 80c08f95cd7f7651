using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;
using GraphKam.Server.Imports;

namespace GraphKam.Server.Revenue;

/// <summary>
/// Revenue by month: each account's history (which its <c>monthlyRevenue</c>, and so its tiers, follow) and the
/// company's trend.
/// </summary>
public sealed class RevenueArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Query<RevenueQueries>().Mutations<RevenueMutations>()
            .Extend<AccountType, AccountRevenueFields>()
            .Access<RevenueAccess>().Imports<RevenueImport>();
        area.Options<RevenueOptions>("GraphKam:Revenue")
            .Validate(o => o.TrailingMonths is >= 1 and <= 24, "GraphKam:Revenue:TrailingMonths must be from 1 to 24.")
            .ValidateOnStart();
        area.Services.AddSingleton<RevenueFigures>().AddSingleton<IDerivedFigureSource, RevenueDerivedFigures>();
    }
}
