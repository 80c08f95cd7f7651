using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;
using GraphKam.Server.Imports;

namespace GraphKam.Server.OrgCharts;

/// <summary>Each account's people, reporting lines, buying roles and role plans.</summary>
public sealed class OrgChartsArea : IArea
{
    public void Register(AreaBuilder area) =>
        area.Query<ContactQueries>().Mutations<OrgChartMutations>()
            .Extend<AccountType, AccountOrgChartFields>()
            .Access<OrgChartAccess>().Imports<ContactImport>();
}
