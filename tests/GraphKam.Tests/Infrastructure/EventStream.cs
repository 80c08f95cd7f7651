using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraphKam.Tests.Infrastructure;

/// <summary>An open GraphQL event stream (SSE): reads events, name and parsed data, as they arrive.</summary>
public sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    public HttpResponseMessage Response => response;

    /// <summary>POSTs a subscription with <c>Accept: text/event-stream</c>; the stream, once it has begun.</summary>
    public static async Task<EventStream> OpenAsync(HttpClient http, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Content = JsonContent.Create(new { query });
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event (keep-alive comments skipped); fails the test when none comes in time.</summary>
    public async Task<(string Event, JsonElement? Data)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(GraphQLSocket.Wait);
        string? name = null, data = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(':')) continue;
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data:", StringComparison.Ordinal)) data = line["data:".Length..].Trim();
            else if (line.Length == 0 && name != null)
                return (name, string.IsNullOrEmpty(data) ? null : JsonDocument.Parse(data).RootElement.Clone());
        }
        throw new EndOfStreamException();
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
