using System.Text.Json;
using System.Text.Json.Serialization;
using GraphKam.GraphQL.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace GraphKam.Server.Setup;

/// <summary>
/// Errors outside GraphQL execution in their documented shapes: <c>/graphql</c> answers
/// <c>{ errors: [{ message, extensions: { code, correlationId } }] }</c> and every other endpoint
/// <c>{ error: { code, message, correlationId } }</c>, the correlation ID only when there is one (an unexpected
/// error). A request the server could not read (malformed or oversized
/// body) is the client's error (400, 413); anything else is <c>500 INTERNAL_ERROR</c> with a correlation ID that is
/// in the log, and never an exception type or stack trace (outside Development, which keeps its error page).
/// </summary>
public static class ErrorResponses
{
    /// <summary>Largest body an <c>/auth</c> endpoint reads: credentials and tokens are a few hundred bytes.</summary>
    public const int MaxAuthBodyBytes = 16 * 1024;

    public static IServiceCollection AddGraphKamErrors(this IServiceCollection services) =>
        // Unreadable bodies reach the handler below instead of an empty 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

    public static WebApplication UseGraphKamErrors(this WebApplication app)
    {
        // The logger is taken now: while the server stops, a request's services may already be gone.
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("GraphKam.Errors");
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = http => WriteAsync(http, logger),
                SuppressDiagnosticsCallback = _ => true,
            });
        app.UseRequestEndings(logger);
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/auth"), auth => auth.Use(LimitBodyAsync));
        return app;
    }

    private static async Task LimitBodyAsync(HttpContext http, RequestDelegate next)
    {
        if (http.Request.ContentLength > MaxAuthBodyBytes)
        {
            await WriteAsync(http, StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, TooLarge, null);
            return;
        }
        // A body without a length (chunked) is cut off by the server at the same size.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxAuthBodyBytes;
        await next(http);
        // Routing (405), body binding (415, or 413 for an oversize chunked body) answer with no body at all.
        if (!http.Response.HasStarted && http.Response.StatusCode >= 400 && http.Response.ContentType == null)
            await WriteAsync(http, http.Response.StatusCode, AuthStatusCodes.Of(http.Response.StatusCode),
                AuthStatusCodes.MessageOf(http.Response.StatusCode), null);
    }

    private static readonly string TooLarge = $"The request body is larger than {MaxAuthBodyBytes} bytes.";

    private static Task WriteAsync(HttpContext http, ILogger logger)
    {
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            return WriteAsync(http, StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
                http.Request.Path.StartsWithSegments("/auth") ? TooLarge : "The request body is too large.", null);
        if (error is BadHttpRequestException bad)
            return WriteAsync(http, bad.StatusCode, ErrorCodes.InvalidRequest,
                "The request could not be read: send a JSON object of the documented shape.", null);
        var correlationId = Guid.NewGuid().ToString("N");
        logger.LogError(error, "Request {Method} {Path} failed (correlation ID {CorrelationId}).",
            http.Request.Method, http.Request.Path, correlationId);
        return WriteAsync(http, StatusCodes.Status500InternalServerError, ErrorCodes.InternalError,
            $"An unexpected error occurred on the server. It has been logged under correlation ID {correlationId}.",
            correlationId);
    }

    internal static Task WriteAsync(HttpContext http, int status, string code, string message, string? correlationId)
    {
        http.Response.StatusCode = status;
        return http.Request.Path.StartsWithSegments("/graphql")
            ? http.Response.WriteAsJsonAsync(new
            {
                errors = new[] { new { message, extensions = new { code, correlationId } } },
            }, Json)
            : http.Response.WriteAsJsonAsync(new { error = new { code, message, correlationId } }, Json);
    }

    // A correlation ID is left out, not null, when there is none: as GraphQL errors report it.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
