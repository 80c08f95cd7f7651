using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Users;

/// <summary>The sales organisation's people are internal: a partner sees only itself.</summary>
public sealed class UserAccess : IAccessRules
{
    public void Declare(AccessRules rules) =>
        rules.Entity<User>().PartnersRead("only themselves", (db, u) => u.Id == db.CallerPersonId).ManagersWrite();
}
