using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Imports;

/// <summary>Posting a file to <c>/import/{kind}</c> and reading its report, for every area's import tests.</summary>
public static class ImportCalls
{
    public static Task<(HttpStatusCode, JsonElement)> ImportAsync(GraphQLClient client, string path, string csv, string contentType = "text/csv") =>
        ImportAsync(client, path, Encoding.UTF8.GetBytes(csv), contentType);

    public static async Task<(HttpStatusCode, JsonElement)> ImportAsync(GraphQLClient client, string path, byte[] body, string contentType)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var response = await client.Http.PostAsync($"/import/{path}", content);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    public static List<(int? Row, string? Column, string Code)> Errors(JsonElement report) =>
        [.. report.GetProperty("errors").EnumerateArray().Select(e => (
            e.GetProperty("row").ValueKind == JsonValueKind.Null ? (int?)null : e.GetProperty("row").GetInt32(),
            e.GetProperty("column").GetString(), e.GetProperty("code").GetString()!))];
}
