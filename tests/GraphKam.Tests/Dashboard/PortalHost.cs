using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphKam.Tests.Dashboard;

/// <summary>
/// A partner portal on origins of its own: a tiny Kestrel app on two loopback ports (so two origins, one of which the
/// test lists in GraphKam:Cors:Origins), serving one page that loads the widgets from the GraphKam server under a
/// strict Content-Security-Policy of the portal's own.
/// </summary>
public sealed class PortalHost : IDisposable
{
    private readonly WebApplication _app;

    public PortalHost()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Listen(IPAddress.Loopback, 0);
        });
        _app = builder.Build();
        _app.MapGet("/portal.html", (HttpContext http) =>
        {
            var graphKam = GraphKam ?? throw new InvalidOperationException("Set GraphKam before opening the portal.");
            var origin = Origin(graphKam);
            http.Response.Headers.ContentSecurityPolicy = $"default-src 'none'; script-src {origin}; "
                + $"style-src {origin}; connect-src {origin} ws://{graphKam.Authority}; frame-ancestors 'none'";
            return Results.Content(Page(graphKam), "text/html; charset=utf-8");
        });
        _app.StartAsync().GetAwaiter().GetResult();
        Origins = _app.Urls.Select(url => new Uri(url)).ToList();
    }

    /// <summary>The portal's two origins (<c>http://127.0.0.1:port</c>).</summary>
    public IReadOnlyList<Uri> Origins { get; }

    /// <summary>The GraphKam server the page loads the widgets from (known once that server listens).</summary>
    public Uri? GraphKam { get; set; }

    public static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority);

    private static string Page(Uri graphKam) => $"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>A partner portal on another origin</title>
          <script type="module" src="{new Uri(graphKam, "embed/graphkam.js")}"></script>
        </head>
        <body>
          <main>
            <h1>A partner portal on another origin</h1>
            <graphkam-funnel live></graphkam-funnel>
            <graphkam-accounts page-size="5"></graphkam-accounts>
            <graphkam-scorecard></graphkam-scorecard>
            <graphkam-org-chart></graphkam-org-chart>
          </main>
        </body>
        </html>
        """;

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
    }
}
