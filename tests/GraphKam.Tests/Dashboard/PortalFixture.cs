namespace GraphKam.Tests.Dashboard;

/// <summary>
/// A partner portal served from a second origin (<see cref="PortalHost"/>) beside the GraphKam server and the browser:
/// the portal's first origin is listed in GraphKam:Cors:Origins, its second is not.
/// </summary>
public sealed class PortalFixture : IDisposable
{
    public PortalHost Portal { get; } = new();
    public BrowserFixture Server { get; }

    public PortalFixture()
    {
        var listed = new Dictionary<string, string?> { ["GraphKam:Cors:Origins:0"] = PortalHost.Origin(Listed) };
        Server = new BrowserFixture(listed);
        Portal.GraphKam = Server.BaseAddress;
    }

    public Uri Listed => Portal.Origins[0];
    public Uri Unlisted => Portal.Origins[1];

    public void Dispose()
    {
        Server.Dispose();
        Portal.Dispose();
    }
}
