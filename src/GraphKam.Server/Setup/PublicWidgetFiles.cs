using Microsoft.AspNetCore.Cors.Infrastructure;

namespace GraphKam.Server.Setup;

/// <summary>
/// The partner widgets' files (embed/, js/ and css/) are public: any page may load them as cross-origin module
/// scripts and styles (<c>Access-Control-Allow-Origin: *</c>, never with credentials). The data still comes from
/// <c>/graphql</c>, whose CORS stays limited to <c>GraphKam:Cors:Origins</c>: a portal that is not listed gets the
/// widget's own message saying so, instead of a script the browser refuses to run.
/// </summary>
public static class PublicWidgetFiles
{
    public const string CorsPolicy = "PublicWidgetFiles";
    private static readonly string[] Folders = ["/embed", "/js", "/css"];

    public static void AddPolicy(CorsOptions cors) =>
        cors.AddPolicy(CorsPolicy, policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD"));

    public static IApplicationBuilder UsePublicWidgetFiles(this IApplicationBuilder app) =>
        app.UseWhen(http => Folders.Any(folder => InFolder(http.Request.Path, folder)),
            branch => branch.UseCors(CorsPolicy));

    private static bool InFolder(PathString path, string folder) =>
        path.StartsWithSegments(folder, StringComparison.OrdinalIgnoreCase);
}
