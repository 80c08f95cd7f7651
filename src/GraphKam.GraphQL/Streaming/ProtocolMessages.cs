using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Transport;

namespace GraphKam.GraphQL.Streaming;

/// <summary>Reads and writes the JSON messages of both WebSocket protocols.</summary>
public sealed class ProtocolMessages(IGraphQLTextSerializer serializer)
{
    /// <summary>A client message, or null when it is not a JSON object with a string <c>type</c>.</summary>
    public OperationMessage? Read(string text)
    {
        try
        {
            var message = serializer.Deserialize<OperationMessage>(text);
            return string.IsNullOrEmpty(message?.Type) ? null : message;
        }
        catch (Exception error) when (error is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>A subscribe/start payload as a request, or null when it has no query.</summary>
    public GraphQLRequest? ReadRequest(object? payload)
    {
        try
        {
            var request = payload == null ? null : serializer.ReadNode<GraphQLRequest>(payload);
            return string.IsNullOrWhiteSpace(request?.Query) ? null : request;
        }
        catch (Exception error) when (error is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>A connection_init payload as a dictionary, or null.</summary>
    public IReadOnlyDictionary<string, object?>? ReadInitPayload(object? payload)
    {
        try { return payload == null ? null : serializer.ReadNode<Dictionary<string, object?>>(payload); }
        catch (Exception error) when (error is JsonException or FormatException or InvalidOperationException or NotSupportedException) { return null; }
    }

    public static string Write(string type, string? id = null, string? payloadJson = null)
    {
        var json = new StringBuilder("{\"type\":").Append(JsonSerializer.Serialize(type));
        if (id != null) json.Append(",\"id\":").Append(JsonSerializer.Serialize(id));
        if (payloadJson != null) json.Append(",\"payload\":").Append(payloadJson);
        return json.Append('}').ToString();
    }

    /// <summary>
    /// Writes the messages of one type for one operation, its start written once: a subscription's events are many,
    /// and each is that start, the payload (shared by the event's subscribers) and a brace, joined as it is sent.
    /// </summary>
    public sealed class Writer(string type, string id)
    {
        private readonly string _start = Write(type, id, "")[..^1];

        public void Send(WebSocketConnection connection, string payloadJson) => connection.Send(_start, payloadJson, "}");
    }

    // A subscription's answer may be delivered to many subscribers (SharedAnswers): it is written once.
    private readonly ConditionalWeakTable<ExecutionResult, string> _written = new();

    public string Result(ExecutionResult result) =>
        _written.TryGetValue(result, out var text) ? text : _written.GetValue(result, serializer.Serialize); // no closure per call

    /// <summary>The <c>errors</c> array of a result, as JSON.</summary>
    public string Errors(ExecutionResult result) => JsonNode.Parse(serializer.Serialize(result))?["errors"]?.ToJsonString() ?? "[]";

    /// <summary>Any JSON value passed through unchanged (a ping's payload), or null.</summary>
    public string? Raw(object? payload) => payload == null ? null : serializer.Serialize(payload);
}
