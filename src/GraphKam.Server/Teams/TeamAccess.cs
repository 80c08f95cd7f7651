using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Teams;

/// <summary>
/// Teams and coverage rules are the company's own organisation: partners never see them. An account's team is managed
/// by its owner (and managers): a team member may work the account but not change who is on its team, and nobody
/// joins a colleague's account by adding themselves.
/// </summary>
public sealed class TeamAccess : IAccessRules
{
    public void Declare(AccessRules rules)
    {
        rules.Entity<AccountTeamMember>().CompanyOnly()
            .StaffWrite("those of their own accounts", Rule.Rows<AccountTeamMember>((db, m) =>
                db.Accounts.Any(a => a.Id == m.AccountId && a.OwnerId == db.CallerPersonId)));
        rules.Entity<CoverageRule>().CompanyOnly().ManagersWrite();
    }
}
