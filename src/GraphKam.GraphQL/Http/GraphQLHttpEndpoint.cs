using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.RateLimiting;
using GraphKam.GraphQL.Streaming;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphKam.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (graphql-over-http spec): POST and GET at one URL, JSON in, and out either
/// <c>application/graphql-response+json</c> (status codes carry meaning) or legacy <c>application/json</c>
/// (always 200 once the request is well-formed). <c>GET ?sdl</c> downloads the schema.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    GraphQLRequestExecutor executor,
    HttpRequestReader reader,
    IGraphQLTextSerializer serializer,
    ISchema schema,
    ServerSentEvents events,
    IOptions<GraphQLServerOptions> options,
    ILogger<GraphQLHttpEndpoint> logger)
{
    private readonly Lazy<string> _sdl = new(() => schema.Print(new PrintOptions { IncludeDescriptions = true }));

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) && request.Query.ContainsKey("sdl"))
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(_sdl.Value, http.RequestAborted);
            return;
        }

        // §Body: without an acceptable media type, "Respond with a 406 Not Acceptable status code … (RECOMMENDED)".
        var mediaType = MediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType == null)
        {
            await WriteErrorAsync(http, MediaTypes.Json, new TransportError(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                $"Accept {MediaTypes.GraphQLResponse}, {MediaTypes.Json} or {MediaTypes.EventStream}."));
            return;
        }

        var isGet = HttpMethods.IsGet(request.Method);
        var (graphQLRequest, error) = isGet ? reader.ReadGet(request.Query)
            : HttpMethods.IsPost(request.Method) ? await reader.ReadPostAsync(request, options.Value.MaxRequestBytes)
            : (null, new TransportError(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Use POST, or GET for queries."));
        if (graphQLRequest == null)
        {
            if (error!.Status == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, mediaType, error);
            return;
        }

        if (mediaType == MediaTypes.EventStream)
        {
            await events.StreamAsync(http, graphQLRequest, http.User, queriesOnly: isGet, options.Value.KeepAliveInterval,
                options.Value.SendQueueCapacity, options.Value.SendQueueBytes);
            return;
        }
        ExecutionResult result;
        try
        {
            result = await executor.ExecuteAsync(graphQLRequest, http.RequestServices, http.User, queriesOnly: isGet,
                http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            ClientGone(http);
            return;
        }
        // The client left while its fields failed for that reason: nobody reads the answer.
        if (http.RequestAborted.IsCancellationRequested)
        {
            ClientGone(http);
            return;
        }
        if (result.Streams != null)
        {
            // A subscription needs a stream; its source was resolved but nobody subscribed, so nothing keeps running.
            await WriteErrorAsync(http, mediaType, new TransportError(StatusCodes.Status406NotAcceptable, ErrorCodes.StreamRequired,
                $"A subscription streams its events: send Accept: {MediaTypes.EventStream}, or use a WebSocket (graphql-transport-ws)."));
            return;
        }
        http.Response.StatusCode = StatusFor(result, mediaType, isGet);
        if (http.Response.StatusCode == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = "POST";
        if (RateLimitResponse.RetryAfter(result) is { } seconds)
        {
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = seconds;
        }
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private void ClientGone(HttpContext http) =>
        logger.LogInformation("GraphQL request {Method} {Path} stopped: the client closed the connection.",
            http.Request.Method, http.Request.Path);

    /// <summary>
    /// §application/graphql-response+json: a response without <c>data</c> (the document did not parse or validate)
    /// gets 400 (401 when the caller must sign in, 403 when it may not do this); any executed response 200. §GET: a mutation gets 405. §application/json: 200 for every
    /// well-formed request.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string mediaType, bool isGet)
    {
        if (isGet && !result.Executed && result.Errors?.Any(e => e.Code == ErrorCodes.MethodNotAllowed) == true)
            return StatusCodes.Status405MethodNotAllowed;
        if (mediaType == MediaTypes.Json || result.Executed) return StatusCodes.Status200OK;
        if (result.Errors is { Count: > 0 } errors && errors.All(e => e.Code == ErrorCodes.AuthNotAuthenticated)) return StatusCodes.Status401Unauthorized;
        if (result.Errors is { Count: > 0 } denied && denied.All(e => e.Code is ErrorCodes.AuthNotAuthorized or ErrorCodes.AuthNotAuthenticated))
            return StatusCodes.Status403Forbidden;
        return StatusCodes.Status400BadRequest;
    }

    private async Task WriteErrorAsync(HttpContext http, string mediaType, TransportError error)
    {
        http.Response.StatusCode = error.Status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        var result = new ExecutionResult(new ExecutionError(error.Message) { Code = error.Code });
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
