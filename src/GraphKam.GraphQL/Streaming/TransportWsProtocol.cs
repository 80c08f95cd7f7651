using GraphKam.GraphQL.Errors;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace GraphKam.GraphQL.Streaming;

/// <summary>
/// graphql-transport-ws (the graphql-ws library's protocol): strict, so any breach closes the socket with its code —
/// 4400 invalid message, 4401 subscribe before acknowledgement, 4403 connection refused (or its credentials expired
/// or were revoked later), 4408 no connection_init in time, 4409 duplicate operation ID, 4429 a second connection_init.
/// </summary>
public sealed class TransportWsProtocol(ProtocolServices services, WebSocketConnection connection, HttpContext http)
    : WebSocketProtocol(services, connection, http)
{
    public const string Name = "graphql-transport-ws";

    protected override string KeepAliveMessage => ProtocolMessages.Write("ping");

    public override async Task OnMessageAsync(string text)
    {
        var message = Messages.Read(text);
        switch (message?.Type)
        {
            case null:
                Connection.Close(4400, "Invalid message: expected a JSON object with a type.");
                break;
            case "connection_init":
                if (!await InitialiseAsync(message, reason => Connection.Close(4403, reason), () => Connection.Send(ProtocolMessages.Write("connection_ack"))))
                    Connection.Close(4429, "Too many initialisation requests");
                break;
            case "ping":
                Connection.Send(ProtocolMessages.Write("pong", payloadJson: Messages.Raw(message.Payload)));
                break;
            case "pong":
                break;
            case "subscribe":
                Subscribe(message.Id, message.Payload);
                break;
            case "complete":
                if (message.Id != null) Stop(message.Id);
                break;
            default:
                Connection.Close(4400, $"Invalid message type '{InputEcho.Shorten(message.Type)}'.");
                break;
        }
    }

    private void Subscribe(string? id, object? payload)
    {
        if (!Acknowledged) { Connection.Close(4401, "Unauthorized"); return; }
        if (string.IsNullOrEmpty(id)) { Connection.Close(4400, "A subscribe message needs an id."); return; }
        if (Messages.ReadRequest(payload) is not { } request) { Connection.Close(4400, "A subscribe message needs a payload with a query."); return; }
        if (!TryStart(id, request, new Sink(this, id))) Connection.Close(4409, $"Subscriber for {id} already exists");
    }

    private sealed class Sink(TransportWsProtocol protocol, string id) : IOperationSink
    {
        private readonly ProtocolMessages.Writer _next = new("next", id);

        public void Next(ExecutionResult result) => _next.Send(protocol.Connection, protocol.Messages.Result(result));

        public void Fail(ExecutionResult result)
        {
            if (protocol.Finish(id)) protocol.Connection.Send(ProtocolMessages.Write("error", id, protocol.Messages.Errors(result)));
        }

        public void Complete()
        {
            if (protocol.Finish(id)) protocol.Connection.Send(ProtocolMessages.Write("complete", id));
        }
    }
}
