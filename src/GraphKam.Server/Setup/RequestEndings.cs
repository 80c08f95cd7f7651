using GraphKam.Server.Data;
using Microsoft.AspNetCore.Connections;

namespace GraphKam.Server.Setup;

/// <summary>
/// Two ways a request ends that are not the server's fault, kept out of the error log and out of 500s: the client
/// left (closed the connection mid-body or mid-answer; logged at Information and nothing is sent) and the database
/// stayed locked by another writer (503 <c>DATABASE_BUSY</c> with <c>Retry-After</c>, the code GraphQL answers the same
/// condition with). It runs inside Development's error page too, which would log both at Error with a stack trace.
/// </summary>
public static class RequestEndings
{
    private static readonly DatabaseCancellationDetector Cancellations = new();
    private static readonly DatabaseBusyTranslator Busy = new();

    public static WebApplication UseRequestEndings(this WebApplication app, ILogger logger)
    {
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (Exception error) when (ClientLeft(http, error))
            {
                logger.LogInformation("Request {Method} {Path} stopped: the client closed the connection ({Reason}).",
                    http.Request.Method, http.Request.Path, error.GetType().Name);
            }
            catch (Exception error) when (!http.Response.HasStarted && Busy.Translate(error) is { } busy)
            {
                http.Response.Headers.RetryAfter = "1";
                await ErrorResponses.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, DatabaseBusyTranslator.Code,
                    busy.Message, null);
            }
        });
        return app;
    }

    // Reading a body the client cut off fails with BadHttpRequestException (a close) or a ConnectionResetException (a reset),
    // often before Kestrel has fired RequestAborted, so those two count as departures whenever the body was not
    // complete; writing to a closed socket fails with an IOException, a statement the departure interrupted as a
    // database cancellation.
    private static bool ClientLeft(HttpContext http, Exception error) =>
        CutOff(error)
        || (http.RequestAborted.IsCancellationRequested
            && (error is IOException or BadHttpRequestException || Cancellations.IsCancellation(error, http.RequestAborted)));

    private static bool CutOff(Exception error) =>
        error is ConnectionResetException
        || (error is BadHttpRequestException bad
            && (bad.InnerException is ConnectionResetException
                || bad.Message.StartsWith("Unexpected end of request content", StringComparison.Ordinal)));
}
