using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using GraphKam.GraphQL.Errors;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphKam.GraphQL.Http;

/// <summary>A request the transport refused before execution, with the HTTP status the spec asks for.</summary>
public sealed record TransportError(int Status, string Code, string Message);

/// <summary>Reads a GraphQL-over-HTTP request from GET parameters or a JSON POST body, checking its shape.</summary>
public sealed class HttpRequestReader(IGraphQLSerializer serializer)
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    /// <summary>§GET: parameters in the query string; variables and extensions JSON-encoded.</summary>
    public (GraphQLRequest? Request, TransportError? Error) ReadGet(IQueryCollection query)
    {
        if (query.Any(p => p.Value.Count > 1)) return Invalid("Each GraphQL parameter may be given only once.");
        try
        {
            return Build(query["query"].ToString() is { Length: > 0 } q ? q : null,
                query["operationName"].ToString(),
                ParseJson(query["variables"].ToString(), "variables"),
                ParseJson(query["extensions"].ToString(), "extensions"));
        }
        catch (JsonException) { return Invalid("`variables` and `extensions` must be JSON objects."); }
    }

    /// <summary>§POST: an application/json body (UTF-8) holding a JSON object.</summary>
    public async Task<(GraphQLRequest? Request, TransportError? Error)> ReadPostAsync(HttpRequest http, int maxBytes)
    {
        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType) ||
            !string.Equals(contentType.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase) ||
            (contentType.Charset.HasValue && !string.Equals(contentType.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase)))
            return (null, new TransportError(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "Send the request body as `Content-Type: application/json` (UTF-8)."));
        if (http.ContentLength > maxBytes) return (null, TooLarge(maxBytes));

        var (buffer, length) = await ReadBodyAsync(http.Body, maxBytes, http.HttpContext.RequestAborted);
        if (buffer == null) return (null, TooLarge(maxBytes));
        try
        {
            if (length == 0) return Invalid("The request body is empty; send a JSON object with a `query`.");
            // The parser checks the structure only: bytes inside a string that are not UTF-8 would fail later, when the
            // string is read, as a server error instead of the client's.
            if (!Utf8.IsValid(buffer.AsSpan(0, length))) return Invalid("The request body is not valid UTF-8.");
            // Nothing read from the document outlives it: strings are copied and the variables cloned.
            using var document = JsonDocument.Parse(buffer.AsMemory(0, length), JsonOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Invalid("The request body must be a JSON object.");
            var query = Optional(root, "query", JsonValueKind.String);
            var operationName = Optional(root, "operationName", JsonValueKind.String);
            var variables = Optional(root, "variables", JsonValueKind.Object);
            var extensions = Optional(root, "extensions", JsonValueKind.Object);
            var error = query.Error ?? operationName.Error ?? variables.Error ?? extensions.Error;
            if (error != null) return Invalid(error);
            return Build(query.Value?.GetString(), operationName.Value?.GetString(),
                variables.Value?.Clone(), extensions.Value?.Clone());
        }
        catch (JsonException)
        {
            return Invalid(TooDeep(buffer.AsSpan(0, length))
                ? $"The request body nests JSON deeper than {JsonOptions.MaxDepth} levels."
                : "The request body is not valid JSON.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private (GraphQLRequest?, TransportError?) Build(string? query, string? operationName, JsonElement? variables, JsonElement? extensions)
    {
        if (string.IsNullOrWhiteSpace(query)) return Invalid("The request has no `query`: send the GraphQL document as a string.");
        return (new GraphQLRequest
        {
            Query = query,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variables is { } v ? serializer.ReadNode<Inputs>(v) : null,
            Extensions = extensions is { } e ? serializer.ReadNode<Inputs>(e) : null,
        }, null);
    }

    /// <summary>A request parameter that may be absent or null, and otherwise must have the given JSON kind.</summary>
    private static (JsonElement? Value, string? Error) Optional(JsonElement root, string name, JsonValueKind kind)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return (null, null);
        return value.ValueKind == kind ? (value, null) : (null, $"`{name}` must be a {(kind == JsonValueKind.Object ? "JSON object" : "string")}.");
    }

    /// <summary>Whether JSON that failed to parse is well formed but deeper than allowed (read without recursion).</summary>
    private static bool TooDeep(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = int.MaxValue });
        try
        {
            while (reader.Read()) { }
            return true;
        }
        catch (JsonException) { return false; }
    }

    private static JsonElement? ParseJson(string text, string name)
    {
        if (string.IsNullOrEmpty(text)) return null;
        using var document = JsonDocument.Parse(text, JsonOptions);
        return document.RootElement.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Object => document.RootElement.Clone(),
            _ => throw new JsonException($"{name} is not an object"),
        };
    }

    /// <summary>Reads at most <paramref name="maxBytes"/>; null when the body is larger (also for chunked bodies).</summary>
    /// <summary>
    /// The body in a buffer from the shared pool (the caller returns it), or no buffer when it is larger than
    /// <paramref name="maxBytes"/>; pooled because every operation of every client passes here.
    /// </summary>
    private static async Task<(byte[]? Buffer, int Length)> ReadBodyAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
            if (length > maxBytes)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return (null, 0);
            }
            if (length < buffer.Length) continue;
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        return (buffer, length);
    }

    private static TransportError TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request body is larger than {maxBytes} bytes.");

    private static (GraphQLRequest?, TransportError?) Invalid(string message) =>
        (null, new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, message));
}
