using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Products;

/// <summary>
/// The catalogue is reference data (partners read it, managers change it). What an account uses is the company's own
/// record: partners neither read nor change it; staff change it on the accounts they own or are on the team of.
/// </summary>
public sealed class ProductAccess : IAccessRules
{
    public void Declare(AccessRules rules)
    {
        rules.Entity<Product>().SharedReference().ManagersWrite();
        rules.Entity<AccountProduct>().CompanyOnly()
            .StaffWrite("those of accounts they own or are on the team of",
                Rule.Rows<AccountProduct>((db, p) => db.AccountsCallerWorks.Any(a => a.Id == p.AccountId)));
    }
}
