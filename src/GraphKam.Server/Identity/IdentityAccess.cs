using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;
using Microsoft.AspNetCore.Identity;

namespace GraphKam.Server.Identity;

/// <summary>
/// Logins, tokens and Identity's tables: a partner sees its own login and tokens; only managers change them, but for
/// everyone's own password.
/// </summary>
public sealed class IdentityAccess : IAccessRules
{
    public void Declare(AccessRules rules)
    {
        // Everyone changes their own password (changePassword), and nothing else of their login.
        var ownPassword = Rule.Rows<Login>((db, l) => l.PersonId == db.CallerPersonId, (db, l) => false)
            .Only(nameof(Login.PasswordHash), nameof(Login.SecurityStamp), nameof(Login.ConcurrencyStamp),
                nameof(Login.AccessFailedCount), nameof(Login.LockoutEnd));
        rules.Entity<Login>().PartnersRead("its own login", (db, l) => l.PersonId == db.CallerPersonId).ManagersWrite()
            .StaffWrite("their own login's password", ownPassword).PartnerWrite("its own login's password", ownPassword);
        rules.Entity<RefreshToken>().PartnersRead("its own login's", (db, t) => db.Logins.Any(l => l.Id == t.LoginId)).ManagersWrite();
        rules.Entity<ApiToken>().PartnersRead("its distributor's", (db, t) => t.DistributorId == db.PartnerId).ManagersWrite();
        // Written by sign-in and sign-out, which run as the system.
        rules.Entity<LoginSession>().CompanyOnly().ManagersWrite();
        rules.Entity<FailedSignIn>().CompanyOnly().ManagersWrite();
        rules.Entity<IdentityRole<int>>().CompanyOnly().ManagersWrite();
        rules.Entity<IdentityUserRole<int>>().CompanyOnly().ManagersWrite();
        rules.Entity<IdentityUserClaim<int>>().CompanyOnly().ManagersWrite();
        rules.Entity<IdentityUserLogin<int>>().CompanyOnly().ManagersWrite();
        rules.Entity<IdentityUserToken<int>>().CompanyOnly().ManagersWrite();
        rules.Entity<IdentityRoleClaim<int>>().CompanyOnly().ManagersWrite();
    }
}
