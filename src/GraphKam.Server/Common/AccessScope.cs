using System.Security.Claims;
using GraphKam.GraphQL.Security;

namespace GraphKam.Server.Common;

/// <summary>
/// What the current operation's principal may read, derived from its claims alone (no database round trip): a
/// partner's login or API token is limited to its distributor; everyone else who may run an operation reads all.
/// Work with no principal (start-up, timers) is the system's and reads all; anonymous callers never reach data, as
/// the authorization rule lets them only introspect.
/// </summary>
public sealed class AccessScope(CurrentPrincipal principal) : IDataScope
{
    private ClaimsPrincipal? User => principal.User;

    /// <summary>The partner's distributor; 0 for a partner without one (it then sees nothing); null for others.</summary>
    public int? PartnerDistributorId => User?.IsInRole(Roles.Partner) == true ? GraphKamClaims.IdOf(User, GraphKamClaims.Distributor) ?? 0 : null;

    public int? PersonId => GraphKamClaims.IdOf(User, GraphKamClaims.Person);

    /// <summary>An operation runs for someone (else it is the system's own work, or an anonymous sign-in).</summary>
    public bool IsPrincipalSet => User?.Identity?.IsAuthenticated == true;

    public bool IsManager => Roles.Managers.Any(role => User?.IsInRole(role) == true);

    public string Key => PartnerDistributorId is { } distributor ? $"partner:{distributor}" : "all";

    public bool Restricted => PartnerDistributorId != null;
}
