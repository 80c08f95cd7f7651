using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Identity;

/// <summary>Sign-in: logins and roles, access, refresh and API tokens, the dashboard's cookie, user administration.</summary>
public sealed class IdentityArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Query<IdentityQueries>().Mutations<IdentityMutations>().Access<IdentityAccess>().Access<ServerKeyAccess>()
            .Startup<RoleStartup>();
        IdentityServices.AddSignIn(area.Services, area.Configuration);
        area.Services.AddScoped<UserAdministration>();
        area.Services.AddScoped<PasswordChange>();
    }
}
