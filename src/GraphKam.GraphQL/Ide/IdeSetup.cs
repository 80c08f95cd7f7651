using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphKam.GraphQL.Ide;

public static class IdeSetup
{
    /// <summary>Banana Cake Pop's settings, from a section such as <c>GraphKam:GraphQL:Ide</c>.</summary>
    public static IServiceCollection AddGraphKamIde(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<IdeOptions>().Bind(section);
        services.AddHttpClient(CdnIdeFiles.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        return services;
    }

    /// <summary>
    /// Serves the IDE beside the GraphQL endpoint at <paramref name="endpoint"/>, when enabled (by default only in
    /// Development). Call it before the endpoint is mapped.
    /// </summary>
    public static IApplicationBuilder UseGraphKamIde(this IApplicationBuilder app, string endpoint = "/graphql")
    {
        var services = app.ApplicationServices;
        var options = services.GetRequiredService<IOptions<IdeOptions>>().Value;
        var environment = services.GetRequiredService<IHostEnvironment>();
        if (!(options.Enabled ?? environment.IsDevelopment())) return app;
        var http = services.GetRequiredService<IHttpClientFactory>();
        IIdeFiles files = options.Folder is { Length: > 0 } folder
            ? new FolderIdeFiles(Path.GetFullPath(folder, environment.ContentRootPath))
            : new CdnIdeFiles(http.CreateClient(CdnIdeFiles.HttpClientName), options.CdnUrl);
        return app.UseMiddleware<IdeMiddleware>(new PathString(endpoint), files, IdeConfiguration.From(options));
    }
}
