using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Imports;

/// <summary>
/// <c>POST /import/{kind}?dryRun=true|false&amp;format=csv|xlsx</c>: the body is the file (<c>text/csv</c> or the
/// .xlsx media type, else <c>format</c> says which), signed in as for <c>/graphql</c>. The answer is the
/// <see cref="ImportReport"/>: 200 when the rows were written or the dry run ran, 422 when a real run wrote nothing
/// because of bad rows, and 400, 401, 403, 404, 413 or 415 for a file or caller refused before any row was read.
/// </summary>
public static class ImportEndpoints
{
    public static RouteHandlerBuilder MapGraphKamImports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/import/{kind}", ImportAsync);

    private static async Task<IResult> ImportAsync(string kind, HttpContext http, Importer importer, IOptions<ImportOptions> options)
    {
        var dryRun = http.Request.Query["dryRun"].ToString() is var flag && flag.Length > 0 && !string.Equals(flag, "false", StringComparison.OrdinalIgnoreCase);
        if (importer.Find(kind) is not { } found)
            return Refuse(kind, dryRun, StatusCodes.Status404NotFound, ImportCodes.UnknownKind,
                $"There is no import of '{kind}'; kinds: {string.Join(", ", importer.Kinds.Select(k => k.Name))}.");
        if (importer.Refusal(found, http.User) is { } refusal)
            return Results.Json(ImportReport.Refused(found.Name, dryRun, refusal), statusCode: refusal.Code == ErrorCodes.AuthNotAuthenticated
                ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden);
        // A cross-site page can post these types, or none at all, without a CORS preflight; a file is sent as what it is.
        var contentType = http.Request.ContentType ?? "";
        if (contentType.Length == 0 || contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            return Refuse(found.Name, dryRun, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"Send the file itself as the body, as text/csv or {ImportFiles.XlsxContentType} (or application/octet-stream with ?format=csv|xlsx).");
        if (ImportFiles.FormatOf(http.Request.Query["format"], contentType) is not { } format)
            return Refuse(found.Name, dryRun, StatusCodes.Status415UnsupportedMediaType, ImportCodes.UnknownFormat,
                "Say the file's format: Content-Type text/csv or the .xlsx media type, or ?format=csv|xlsx.");
        if (http.Request.ContentLength > options.Value.MaxBytes)
            return Refuse(found.Name, dryRun, StatusCodes.Status413PayloadTooLarge, ImportCodes.FileTooLarge,
                $"The file is larger than {options.Value.MaxBytes} bytes.");
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = options.Value.MaxBytes + 1;

        var (table, problem) = await ImportFiles.ReadAsync(http.Request.Body, format, options.Value, http.RequestAborted);
        if (table == null)
            return Results.Json(ImportReport.Refused(found.Name, dryRun, problem!), statusCode: problem!.Code == ImportCodes.FileTooLarge
                ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        http.RequestServices.GetRequiredService<CurrentPrincipal>().User = http.User;
        var report = await importer.RunAsync(found, table, dryRun, http.RequestServices, null, http.RequestAborted);
        var status = report.Errors.Any(e => e.Row is null or 1) ? StatusCodes.Status400BadRequest
            : !dryRun && !report.Written ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
        return Results.Json(report, statusCode: status);
    }

    private static IResult Refuse(string kind, bool dryRun, int status, string code, string message) =>
        Results.Json(ImportReport.Refused(kind, dryRun, new ImportError(null, null, code, message)), statusCode: status);
}
