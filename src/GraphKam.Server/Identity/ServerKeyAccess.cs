using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Identity;

/// <summary>Shared secrets: read and written by the server itself only (never by a caller's context).</summary>
public sealed class ServerKeyAccess : IAccessRules
{
    public void Declare(AccessRules rules) => rules.Entity<ServerKey>().CompanyOnly().ManagersWrite();
}
