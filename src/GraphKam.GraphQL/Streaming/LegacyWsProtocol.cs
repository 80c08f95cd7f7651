using System.Text.Json;
using GraphKam.GraphQL.Errors;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace GraphKam.GraphQL.Streaming;

/// <summary>
/// graphql-ws, the protocol of Apollo's subscriptions-transport-ws: lenient, so problems are answered with
/// <c>error</c> or <c>connection_error</c> messages instead of closing; <c>ka</c> keeps the connection alive.
/// </summary>
public sealed class LegacyWsProtocol(ProtocolServices services, WebSocketConnection connection, HttpContext http)
    : WebSocketProtocol(services, connection, http)
{
    public const string Name = "graphql-ws";

    protected override string KeepAliveMessage => ProtocolMessages.Write("ka");

    public override Task OnBinaryAsync()
    {
        Connection.Send(ConnectionError("Messages are JSON text, not binary."));
        return Task.CompletedTask;
    }

    public override async Task OnMessageAsync(string text)
    {
        var message = Messages.Read(text);
        switch (message?.Type)
        {
            case null:
                Connection.Send(ConnectionError("Invalid message: expected a JSON object with a type."));
                break;
            case "connection_init":
                await InitialiseAsync(message, reason => { Connection.Send(ConnectionError(reason)); Connection.Close(4403, reason); },
                    () => { Connection.Send(ProtocolMessages.Write("connection_ack")); Connection.Send(ProtocolMessages.Write("ka")); });
                break;
            case "start":
                Start(message.Id, message.Payload);
                break;
            case "stop":
                if (message.Id != null && Stop(message.Id)) Connection.Send(ProtocolMessages.Write("complete", message.Id));
                break;
            case "connection_terminate":
                Connection.Close(1000, "Terminated by the client");
                break;
            default:
                Connection.Send(Error(message.Id, $"Invalid message type '{InputEcho.Shorten(message.Type)}'."));
                break;
        }
    }

    private void Start(string? id, object? payload)
    {
        if (string.IsNullOrEmpty(id)) { Connection.Send(ConnectionError("A start message needs an id.")); return; }
        if (!Acknowledged) { Connection.Send(Error(id, "Send connection_init first.")); return; }
        if (Messages.ReadRequest(payload) is not { } request) { Connection.Send(Error(id, "A start message needs a payload with a query.")); return; }
        Stop(id); // as subscriptions-transport-ws does: the same ID again replaces the operation
        TryStart(id, request, new Sink(this, id));
    }

    private static string ConnectionError(string message) => ProtocolMessages.Write("connection_error", payloadJson: JsonSerializer.Serialize(new { message }));

    private static string Error(string? id, string message) => ProtocolMessages.Write("error", id, JsonSerializer.Serialize(new[] { new { message } }));

    private sealed class Sink(LegacyWsProtocol protocol, string id) : IOperationSink
    {
        private readonly ProtocolMessages.Writer _data = new("data", id);

        public void Next(ExecutionResult result) => _data.Send(protocol.Connection, protocol.Messages.Result(result));

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
