using GraphKam.GraphQL.Http;
using GraphKam.GraphQL.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphKam.GraphQL.Streaming;

/// <summary>
/// GraphQL over WebSocket at the GraphQL URL: the sub-protocol the client offers picks graphql-transport-ws or the
/// legacy graphql-ws; a client offering neither is accepted and closed with 4406.
/// </summary>
public sealed class GraphQLWebSocketEndpoint(OperationRunner runner, ProtocolMessages messages, IConnectionInitializer initializer,
    IPrincipalValidator validator, IOptions<GraphQLServerOptions> options, TimeProvider clock, ILogger<GraphQLWebSocketEndpoint> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        if (!OriginAllowed(http))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await http.Response.WriteAsync("This origin may not open a GraphQL WebSocket.", http.RequestAborted);
            return;
        }
        var offered = http.WebSockets.WebSocketRequestedProtocols;
        var protocol = offered.Contains(TransportWsProtocol.Name) ? TransportWsProtocol.Name
            : offered.Contains(LegacyWsProtocol.Name) ? LegacyWsProtocol.Name
            : null;
        using var socket = await http.WebSockets.AcceptWebSocketAsync(protocol);
        var connection = new WebSocketConnection(socket, options.Value.SendQueueCapacity, options.Value.MaxRequestBytes,
            options.Value.SendQueueBytes);
        if (protocol == null)
        {
            connection.Close(4406, "Subprotocol not acceptable: offer graphql-transport-ws or graphql-ws");
            await connection.RunAsync(_ => Task.CompletedTask, () => Task.CompletedTask, http.RequestAborted);
            return;
        }
        var services = new ProtocolServices(runner, messages, initializer, validator, options.Value, clock, logger);
        WebSocketProtocol handler = protocol == TransportWsProtocol.Name
            ? new TransportWsProtocol(services, connection, http)
            : new LegacyWsProtocol(services, connection, http);
        handler.Start();
        try
        {
            await connection.RunAsync(handler.OnMessageAsync, handler.OnBinaryAsync, http.RequestAborted);
        }
        finally
        {
            handler.Stop();
        }
    }

    /// <summary>Non-browser clients send no Origin; a page of this server, or of a listed origin, may connect.</summary>
    private bool OriginAllowed(HttpContext http)
    {
        if (options.Value.WebSocketOrigins is not { } allowed || http.Request.Headers.Origin is not [{ Length: > 0 } origin]) return true;
        if (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Authority.Equals(http.Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && uri.Scheme == http.Request.Scheme) return true;
        return allowed.Contains(origin.TrimEnd('/'), StringComparer.OrdinalIgnoreCase);
    }
}
