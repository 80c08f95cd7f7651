using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphKam.GraphQL.Http;

/// <summary>Response media types of GraphQL-over-HTTP and how a request's Accept header chooses between them.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    /// <summary>
    /// §Body: "the server MUST respect the given Accept header and attempt to encode the response in the highest
    /// priority media type listed that is supported". Since the 2025 watershed a missing Accept means
    /// application/graphql-response+json, which we also prefer for wildcards. Null: nothing acceptable (406).
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var types) || types.Count == 0)
            return GraphQLResponse;
        foreach (var type in types.Where(t => (t.Quality ?? 1) > 0).OrderByDescending(t => t.Quality ?? 1))
        {
            var name = type.MediaType.Value?.ToLowerInvariant();
            if (name is GraphQLResponse or "application/*" or "*/*") return GraphQLResponse;
            if (name == Json) return Json;
            if (name == EventStream) return EventStream;
        }
        return null;
    }
}
