using System.Text.Json.Serialization;

namespace GraphKam.GraphQL.Ide;

/// <summary>
/// <c>bcp-config.json</c>: what Banana Cake Pop reads at start-up, with the keys its version 18 reads (checked in
/// its files: <c>useBrowserUrlAsEndpoint</c>, <c>title</c>, <c>graphQLDocument</c>, <c>httpHeaders</c>,
/// <c>disableTelemetry</c>), as HotChocolate writes it. Settings left unset are left out, so the IDE keeps its own.
/// </summary>
public sealed record IdeConfiguration
{
    [JsonPropertyName("useBrowserUrlAsEndpoint")]
    public bool UseBrowserUrlAsEndpoint { get; init; }

    [JsonPropertyName("title"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    [JsonPropertyName("graphQLDocument"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? GraphQLDocument { get; init; }

    [JsonPropertyName("httpHeaders"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? HttpHeaders { get; init; }

    [JsonPropertyName("disableTelemetry")]
    public bool DisableTelemetry { get; init; }

    public static IdeConfiguration From(IdeOptions options) => new()
    {
        UseBrowserUrlAsEndpoint = true, // the IDE sits at /graphql/ and sends its requests to /graphql
        Title = options.Title,
        GraphQLDocument = options.Document,
        HttpHeaders = options.HttpHeaders.Count > 0 ? options.HttpHeaders : null,
        DisableTelemetry = options.DisableTelemetry,
    };
}
