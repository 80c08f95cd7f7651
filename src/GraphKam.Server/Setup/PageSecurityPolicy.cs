namespace GraphKam.Server.Setup;

/// <summary>
/// The Content-Security-Policy of GraphKam's pages: scripts, styles, images and fonts from this origin only, never
/// inline (the pages build their DOM with text nodes and set styles through the CSSOM); requests to this origin and
/// its WebSocket (the live updates); no plugins, no &lt;base&gt;, forms posting here only, and no framing.
/// </summary>
public static class PageSecurityPolicy
{
    private const string Fixed = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        + "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static string For(HttpRequest request)
    {
        // 'self' covers ws: and wss: of the same host in current browsers; older ones need them named. The host is
        // named only when it is a plain host name or address, so a forged Host header cannot add directives.
        var host = request.Host;
        var named = host.HasValue && Uri.CheckHostName(host.Host) != UriHostNameType.Unknown
            ? $" ws://{host.ToUriComponent()} wss://{host.ToUriComponent()}" : "";
        return $"{Fixed}; connect-src 'self'{named}";
    }
}
