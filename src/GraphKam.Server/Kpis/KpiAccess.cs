using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Kpis;

/// <summary>KPI snapshots are the company's own figures: partners never read them; managers (and the monthly job) take them.</summary>
public sealed class KpiAccess : IAccessRules
{
    public void Declare(AccessRules rules) => rules.Entity<KpiSnapshot>().CompanyOnly().ManagersWrite();
}
