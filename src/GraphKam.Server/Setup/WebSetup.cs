using GraphKam.GraphQL.Ide;
using GraphKam.GraphQL.Setup;
using GraphKam.Server.Data;
using GraphKam.Server.Exports;
using GraphKam.Server.Identity;
using GraphKam.Server.Imports;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.FileProviders;

namespace GraphKam.Server.Setup;

public static class WebSetup
{
    public const string CorsPolicy = "GraphQLClients";

    /// <summary>
    /// CORS for browser-based GraphQL IDEs (Banana Cake Pop's web app) and partner portals: only the listed origins get
    /// CORS headers, and only they may send credentials (cookies); every other origin is refused by the browser.
    /// </summary>
    public static WebApplicationBuilder AddGraphKamWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddCors(PublicWidgetFiles.AddPolicy);
        builder.Services.AddOptions<CorsOptions>().Configure<IConfiguration>((cors, configuration) => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(configuration.GetSection("GraphKam:Cors:Origins").Get<string[]>() ?? [])
            .AllowAnyHeader().WithMethods("GET", "POST").AllowCredentials().SetPreflightMaxAge(TimeSpan.FromHours(1))));
        // A probe must answer within its load balancer's patience, not wait out a locked or lost database.
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", timeout: TimeSpan.FromSeconds(5));
        builder.Services.AddGraphKamErrors();
        return builder;
    }

    /// <summary>
    /// Serves the dashboard from the repository's <c>wwwroot/</c>, GraphQL at <c>/graphql</c>, list exports at
    /// <c>/export</c>, imports at <c>/import</c>, <c>/healthz</c> and <c>/readyz</c>.
    /// </summary>
    public static WebApplication UseGraphKamWeb(this WebApplication app)
    {
        app.UseGraphKamErrors();
        app.UseGraphKamMetricsEndpoint(); // only on its own port, before anything else answers there
        // The admin view's statistics listen from start-up, not from the first time someone asks for them.
        app.Services.GetRequiredService<GraphKam.GraphQL.Telemetry.OperationStatistics>();
        var webRoot = new PhysicalFileProvider(FindWebRoot(app.Configuration, app.Environment.ContentRootPath));
        app.UseGraphKamSecurityHeaders();
        // Partner portals load the widgets (embed/graphkam.js and the modules and styles it imports) as cross-origin
        // module scripts, which browsers fetch with CORS: those folders are public, the API keeps its allow-list.
        app.UsePublicWidgetFiles();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = webRoot });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = webRoot });
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        // WebSocket pings are the protocols' own keep-alive messages; the transport adds no second heartbeat.
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        app.UseGraphKamIde("/graphql"); // Banana Cake Pop at /graphql/ (by default only in Development)
        app.MapGraphKamGraphQL("/graphql").RequireCors(CorsPolicy);
        app.MapGraphKamAuth().RequireCors(CorsPolicy);
        app.MapGraphKamExports().RequireCors(CorsPolicy);
        app.MapGraphKamImports().RequireCors(CorsPolicy);
        app.MapGraphKamHealth();
        app.Lifetime.ApplicationStarted.Register(() => LogUrls(app));
        return app;
    }

    /// <summary><c>GraphKam:WebRoot</c>, else the <c>wwwroot/</c> at the top of the repository, else the one beside the binaries.</summary>
    private static string FindWebRoot(IConfiguration configuration, string contentRoot)
    {
        if (configuration["GraphKam:WebRoot"] is { Length: > 0 } configured) return Path.GetFullPath(configured, contentRoot);
        if (RepositoryLayout.FindRoot(contentRoot) is { } root && Directory.Exists(Path.Combine(root, "wwwroot")))
            return Path.Combine(root, "wwwroot");
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        Directory.CreateDirectory(beside);
        return beside;
    }

    private static void LogUrls(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var metricsPort = MetricsEndpoint.PortOf(app.Configuration);
        foreach (var address in addresses)
        {
            if (new Uri(address).Port == metricsPort)
            {
                app.Logger.LogInformation("Metrics:          {Url}{Path} (Prometheus; nothing else answers here)",
                    address, MetricsEndpoint.Path);
                continue;
            }
            app.Logger.LogInformation("GraphQL endpoint: {Url}/graphql (connect Banana Cake Pop here)", address);
            app.Logger.LogInformation("Dashboard:        {Url}/", address);
        }
        MetricsEndpoint.WarnAboutPort(app.Logger, metricsPort, addresses);
    }
}
