using GraphKam.Server.Common;
namespace GraphKam.Server.Data;

/// <summary>The role name for each kind of person (the GraphQL enum and the Identity role share their names).</summary>
public static class RoleNames
{
    public static string Of(Data.UserRole role) => role switch
    {
        Data.UserRole.Admin => Roles.Admin,
        Data.UserRole.Director => Roles.Director,
        Data.UserRole.AccountManager => Roles.AccountManager,
        Data.UserRole.InsideSales => Roles.InsideSales,
        _ => Roles.Partner,
    };

    public static Data.UserRole Parse(string role) => role switch
    {
        Roles.Admin => Data.UserRole.Admin,
        Roles.Director => Data.UserRole.Director,
        Roles.AccountManager => Data.UserRole.AccountManager,
        Roles.InsideSales => Data.UserRole.InsideSales,
        _ => Data.UserRole.Partner,
    };
}
