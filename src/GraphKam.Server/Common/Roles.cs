namespace GraphKam.Server.Common;

/// <summary>The roles a login may hold (Identity role names, also the values of the <c>role</c> claim).</summary>
public static class Roles
{
    public const string Admin = "ADMIN";
    public const string Director = "DIRECTOR";
    public const string AccountManager = "ACCOUNT_MANAGER";
    public const string InsideSales = "INSIDE_SALES";
    public const string Partner = "PARTNER";

    public static readonly string[] All = [Admin, Director, AccountManager, InsideSales, Partner];

    /// <summary>Roles that may change anything (subject to the rules of the change itself).</summary>
    public static readonly string[] Managers = [Admin, Director];

    /// <summary>The company's own staff (not partners).</summary>
    public static readonly string[] Internal = [Admin, Director, AccountManager, InsideSales];

    /// <summary>Managers, and partners for what concerns their own distributor (its registrations, its details).</summary>
    public static readonly string[] ManagersAndPartners = [Admin, Director, Partner];
}

/// <summary>The claims GraphKam puts into its tokens, besides the standard subject, name, e-mail and role.</summary>
public static class GraphKamClaims
{
    /// <summary>The <see cref="Data.User"/> a login is (the person in the sales organisation).</summary>
    public const string Person = "person";

    /// <summary>The distributor a partner's login or an API token belongs to.</summary>
    public const string Distributor = "distributor";

    /// <summary>Whether the caller is a partner (signed in, or through its portal's API token).</summary>
    public static bool IsPartner(System.Security.Claims.ClaimsPrincipal? user) => user?.IsInRole(Roles.Partner) == true;

    /// <summary>The ID a claim such as <see cref="Person"/> or <see cref="Distributor"/> holds; null without one.</summary>
    public static int? IdOf(System.Security.Claims.ClaimsPrincipal? user, string claim) =>
        int.TryParse(user?.FindFirst(claim)?.Value, out var id) ? id : null;
}

