using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Health;

/// <summary>The bands the health watch records are the company's reading of its customers: never a partner's.</summary>
public sealed class HealthAccess : IAccessRules
{
    public void Declare(AccessRules rules) => rules.Entity<AccountHealthBand>().CompanyOnly().ManagersWrite(); // in practice only the health watch writes them
}
