using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphKam.Tests.Infrastructure;

/// <summary>Sends GraphQL over real HTTP to the in-process server and exposes the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    public Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json") =>
        SendRawAsync(JsonSerializer.Serialize(new { query, variables }), accept: accept);

    public async Task<GraphQLResponse> SendRawAsync(string body, string contentType = "application/json", string? accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept != null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await GraphQLResponse.ReadAsync(await http.SendAsync(request));
    }

    public async Task<GraphQLResponse> GetAsync(string queryString, string? accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept != null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await GraphQLResponse.ReadAsync(await http.SendAsync(request));
    }

    /// <summary>
    /// Runs a mutation with HotChocolate's conventions (<c>name(input: NameInput!)</c>) and returns its payload, with
    /// <paramref name="selection"/> and the error types selected.
    /// </summary>
    public async Task<JsonElement> MutateAsync(string mutation, string selection, object input)
    {
        var type = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var response = await PostAsync($"mutation($input: {type}!) {{ result: {mutation}(input: $input) {{ {selection} errors {{ __typename ... on Error {{ code }} }} }} }}", new { input });
        Assert.True(response.HasData, response.Text);
        return response.Data.GetProperty("result");
    }

    /// <summary>The <c>__typename</c>s of a payload's errors; empty when it has none.</summary>
    public static List<string> ErrorTypes(JsonElement payload) =>
        payload.GetProperty("errors").ValueKind == JsonValueKind.Null
            ? []
            : payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("__typename").GetString()!).ToList();

    /// <summary>Runs a query that must succeed and returns its <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Status == HttpStatusCode.OK && response.Errors.Count == 0, $"Expected success, got {(int)response.Status}: {response.Text}");
        return response.Data;
    }
}

public sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, string Text, JsonElement Body, HttpResponseMessage Message)
{
    public JsonElement Data => Body.GetProperty("data");
    public bool HasData => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("data", out _);

    public IReadOnlyList<JsonElement> Errors =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    public IReadOnlyList<string?> ErrorCodes => Errors
        .Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).ToList();

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage message)
    {
        var text = await message.Content.ReadAsStringAsync();
        JsonElement body = default;
        try { body = JsonDocument.Parse(text).RootElement; } catch (JsonException) { }
        return new GraphQLResponse(message.StatusCode, message.Content.Headers.ContentType?.ToString(), text, body, message);
    }
}
