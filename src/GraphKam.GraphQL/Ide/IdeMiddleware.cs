using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace GraphKam.GraphQL.Ide;

/// <summary>
/// Serves Banana Cake Pop as HotChocolate's <c>MapGraphQL()</c> does: a browser's GET of the endpoint (it accepts
/// HTML) is redirected (301) to the endpoint with a trailing slash, which serves the IDE; <c>bcp-config.json</c>
/// there tells it to use that endpoint. Everything else goes on to the GraphQL endpoint unchanged.
/// </summary>
public sealed partial class IdeMiddleware(RequestDelegate next, PathString endpoint, IIdeFiles files,
    IdeConfiguration configuration, ILogger<IdeMiddleware> logger)
{
    private const string ConfigFile = "bcp-config.json";

    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            await next(http);
            return;
        }
        if (request.Path == endpoint && AcceptsHtml(request))
        {
            http.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            http.Response.Headers.Location = $"{request.PathBase}{endpoint}/{request.QueryString}";
            return;
        }
        if (!request.Path.StartsWithSegments(endpoint, out var rest) || !rest.HasValue)
        {
            await next(http);
            return;
        }
        var path = rest.Value![1..];
        if (path.Length == 0 && !AcceptsHtml(request))
            await next(http); // a GraphQL GET that happens to end in a slash
        else if (path == ConfigFile)
            await http.Response.WriteAsJsonAsync(configuration, http.RequestAborted);
        else
            await ServeFileAsync(http, path.Length == 0 ? "index.html" : path);
    }

    private async Task ServeFileAsync(HttpContext http, string path)
    {
        IdeFile? file = null;
        try
        {
            if (SafePath().IsMatch(path) && !path.Split('/').Any(segment => segment is "" or "." or ".."))
                file = await files.OpenAsync(path, http.RequestAborted);
        }
        catch (IdeUnavailableException exception)
        {
            LogUnavailable(logger, exception.Message);
            http.Response.StatusCode = StatusCodes.Status502BadGateway;
            await http.Response.WriteAsync(exception.Message, http.RequestAborted);
            return;
        }
        if (file == null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await using (file)
        {
            var response = http.Response;
            response.ContentType = file.ContentType;
            response.ContentLength = file.Length;
            response.Headers.XContentTypeOptions = "nosniff";
            // The IDE's page states its own policy: a stricter one set for the application's pages would blank it.
            if (file.ContentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
                response.Headers.ContentSecurityPolicy = IdeSecurityPolicy.Value;
            // Files under static/ carry a hash of their content in their name; the others may change.
            response.Headers.CacheControl = path.StartsWith("static/", StringComparison.Ordinal)
                ? "public, max-age=31536000, immutable"
                : "no-cache";
            if (HttpMethods.IsGet(http.Request.Method))
                await file.Content.CopyToAsync(response.Body, http.RequestAborted);
        }
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var types)
        && types.Any(t => t.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && t.Quality is not 0);

    [GeneratedRegex("^[A-Za-z0-9._/-]{1,200}$")]
    private static partial Regex SafePath();

    [LoggerMessage(LogLevel.Warning, "{Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
