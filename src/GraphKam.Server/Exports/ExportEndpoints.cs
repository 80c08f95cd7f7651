using GraphQL;
using Microsoft.Net.Http.Headers;

namespace GraphKam.Server.Exports;

/// <summary>
/// <c>GET /export/{list}.csv</c> and <c>.xlsx</c>: any root list, filtered and ordered by the query parameters
/// <c>where</c> and <c>order</c> (the GraphQL arguments' JSON), signed in as for <c>/graphql</c> (cookie or token).
/// Refusals are GraphQL-style: <c>{ errors: [{ message, extensions: { code } }] }</c> with 400, 401, 403 or 404.
/// </summary>
public static class ExportEndpoints
{
    public static RouteHandlerBuilder MapGraphKamExports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/export/{list}.{format}", ExportAsync);

    private static async Task ExportAsync(string list, string format, HttpContext http, ExportLists lists, ListExporter exporter,
        IGraphQLTextSerializer serializer, TimeProvider clock, ILoggerFactory logs)
    {
        if (ExportFormats.Find(format) is not { } file)
        {
            await RefuseAsync(http, serializer, ExportRefusal.Of(StatusCodes.Status404NotFound, ExportRefusal.UnknownFormat,
                $"Exports are written as {string.Join(" or ", ExportFormats.All.Select(f => f.Extension))}."));
            return;
        }
        if (lists.Find(list) is not { } found)
        {
            await RefuseAsync(http, serializer, ExportRefusal.NoSuchList(list, lists.All.Keys));
            return;
        }
        if (http.Request.Query.FirstOrDefault(q => q.Value.Count > 1) is { Key: { } repeated })
        {
            await RefuseAsync(http, serializer, ExportRefusal.BadParameter($"'{repeated}' is given more than once."));
            return;
        }
        var parameters = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var (export, refusal) = await exporter.StartAsync(found, parameters, http.User, http.RequestServices, http.RequestAborted);
        if (refusal != null)
        {
            await RefuseAsync(http, serializer, refusal);
            return;
        }
        http.Response.ContentType = file.ContentType;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"{found.Name}-{clock.GetUtcNow():yyyy-MM-dd}.{file.Extension}",
        }.ToString();
        try
        {
            await file.WriteAsync(export!, http.Response.Body, http.RequestAborted);
        }
        catch (ExportFailedException failed)
        {
            // The status and part of the file are sent: cutting the connection is the only way left to say it failed.
            logs.CreateLogger(typeof(ExportEndpoints)).LogWarning("Export of {List} stopped: {Reason}", found.Name, failed.Message);
            http.Abort();
        }
    }

    private static async Task RefuseAsync(HttpContext http, IGraphQLTextSerializer serializer, ExportRefusal refusal)
    {
        http.Response.StatusCode = refusal.Status;
        http.Response.ContentType = "application/json; charset=utf-8";
        var result = new ExecutionResult { Errors = [.. refusal.Errors] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
