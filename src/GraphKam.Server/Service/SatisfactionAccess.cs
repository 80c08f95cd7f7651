using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Service;

/// <summary>
/// Surveys are the company's own knowledge of its customers: partners neither read nor record them (they see an
/// account's `satisfaction` figure, as before). Staff record them on accounts they own; the targets are managers'.
/// </summary>
public sealed class SatisfactionAccess : IAccessRules
{
    public void Declare(AccessRules rules)
    {
        rules.Entity<SatisfactionSurvey>().CompanyOnly()
            .StaffWrite("those of their own accounts",
                Rule.Rows<SatisfactionSurvey>((db, s) => db.Accounts.Any(a => a.Id == s.AccountId && a.OwnerId == db.CallerPersonId)));
        rules.Entity<SatisfactionTarget>().CompanyOnly().ManagersWrite();
    }
}
