using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Contracts;

/// <summary>
/// Contracts are the company's own record: partners neither read nor change them. Staff change those of the accounts
/// they own or are on the team of (as what an account uses), managers any.
/// </summary>
public sealed class ContractAccess : IAccessRules
{
    public void Declare(AccessRules rules)
    {
        rules.Entity<Contract>().CompanyOnly()
            .StaffWrite("those of accounts they own or are on the team of",
                Rule.Rows<Contract>((db, c) => db.AccountsCallerWorks.Any(a => a.Id == c.AccountId)))
            // A contract under renewal follows its renewal deal, whoever closes it (ContractRenewals).
            .SystemDerives(nameof(Contract.RenewalState), nameof(Contract.UpdatedAt), nameof(Contract.Version));
        rules.Entity<ContractProduct>().CompanyOnly()
            .StaffWrite("those of contracts they may change", Rule.Rows<ContractProduct>((db, p) =>
                db.Contracts.Any(c => c.Id == p.ContractId && db.AccountsCallerWorks.Any(a => a.Id == c.AccountId))));
    }
}
