using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Users;

/// <summary>The people of the sales organisation (owners of accounts and deals).</summary>
public sealed class UsersArea : IArea
{
    public void Register(AreaBuilder area) => area.Query<UserQueries>().Access<UserAccess>();
}
