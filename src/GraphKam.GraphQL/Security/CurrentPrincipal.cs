using System.Security.Claims;

namespace GraphKam.GraphQL.Security;

/// <summary>
/// Who the operation running in this DI scope acts as. The executor sets it for every transport, so services that
/// decide what data may be seen (e.g. database query filters) read it here instead of from an HTTP request: over a
/// WebSocket the user comes from <c>connection_init</c>, not from the upgrade request.
/// </summary>
public sealed class CurrentPrincipal
{
    public ClaimsPrincipal? User { get; set; }

    public bool IsAuthenticated => User?.Identity?.IsAuthenticated == true;
}

/// <summary>
/// The rows the current principal may see, as far as sharing work between principals is concerned: operations
/// with equal <see cref="Key"/>s see the same data, so a subscription event's reads and filter checks are shared
/// only among them. <see cref="Restricted"/>: some rows are hidden, so every event must be checked before delivery.
/// </summary>
public interface IDataScope
{
    string Key { get; }
    bool Restricted { get; }
}
