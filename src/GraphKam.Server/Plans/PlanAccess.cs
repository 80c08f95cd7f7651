using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Plans;

/// <summary>
/// Account plans are the company's own strategy: partners neither read nor change them (or their reviews). Staff
/// change the plans of accounts they work (owner or active team member), as everything else that hangs off an
/// account; managers any plan.
/// </summary>
public sealed class PlanAccess : IAccessRules
{
    public void Declare(AccessRules rules)
    {
        rules.Entity<AccountPlan>().CompanyOnly()
            .StaffWrite("those of accounts they own or are on the team of",
                Rule.Rows<AccountPlan>((db, p) => db.AccountsCallerWorks.Any(a => a.Id == p.AccountId)));
        rules.Entity<PlanReview>().CompanyOnly()
            .StaffWrite("those of plans of accounts they own or are on the team of",
                Rule.Rows<PlanReview>((db, r) => db.Set<AccountPlan>()
                    .Any(p => p.Id == r.PlanId && db.AccountsCallerWorks.Any(a => a.Id == p.AccountId))));
    }
}
