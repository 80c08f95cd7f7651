using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Plans;

/// <summary>
/// Account plans are the company's own strategy: partners neither read nor change them (or their reviews). Staff
/// change the plans of accounts they own, as everything else that hangs off an account; managers any plan.
/// </summary>
public sealed class PlanAccess : IAccessRules
{
    public void Declare(AccessRules rules)
    {
        rules.Entity<AccountPlan>().CompanyOnly()
            .StaffWrite("those of their own accounts",
                Rule.Rows<AccountPlan>((db, p) =>
                    db.Accounts.Any(a => a.Id == p.AccountId && a.OwnerId == db.CallerPersonId)));
        rules.Entity<PlanReview>().CompanyOnly()
            .StaffWrite("those of their own accounts' plans", Rule.Rows<PlanReview>((db, r) => db.Set<AccountPlan>()
                .Any(p => p.Id == r.PlanId && p.Account!.OwnerId == db.CallerPersonId)));
    }
}
