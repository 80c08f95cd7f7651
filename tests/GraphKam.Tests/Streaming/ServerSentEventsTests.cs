using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphKam.Server.Funnel;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Streaming;

/// <summary>GraphQL over server-sent events (graphql-sse, distinct connections) and subscriptions over plain HTTP.</summary>
public sealed class ServerSentEventsTests : KnownDataTest
{
    /// <summary>An open event stream: reads events (name and parsed data) as they arrive.</summary>
    private sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public HttpResponseMessage Response => response;

        public async Task<(string Event, JsonElement? Data)> NextAsync()
        {
            using var timeout = new CancellationTokenSource(GraphQLSocket.Wait);
            string? name = null, data = null;
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith(':')) continue; // a keep-alive comment
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
                else if (line.StartsWith("data:", StringComparison.Ordinal)) data = line["data:".Length..].Trim();
                else if (line.Length == 0 && name != null) return (name, string.IsNullOrEmpty(data) ? null : JsonDocument.Parse(data).RootElement.Clone());
            }
            throw new EndOfStreamException();
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }

    private async Task<EventStream> OpenAsync(HttpMethod method, string query)
    {
        var request = method == HttpMethod.Get
            ? new HttpRequestMessage(method, $"/graphql?query={Uri.EscapeDataString(query)}")
            : new HttpRequestMessage(method, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await Client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    [Fact]
    public async Task A_stream_ends_when_its_access_token_expires()
    {
        using var stream = await OpenAsync(HttpMethod.Post, "subscription { opportunityChanged { kind } }");
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        await Factory.SubscribersAsync(GraphKam.Server.Funnel.OpportunityChanged.Topic, 1);
        Factory.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(1, Factory.SubscriberCount(GraphKam.Server.Funnel.OpportunityChanged.Topic));
        Factory.Clock.Advance(TimeSpan.FromMinutes(2)); // past the 15-minute lifetime of the director's token
        Assert.Equal("complete", (await stream.NextAsync()).Event);
        await Factory.SubscribersAsync(GraphKam.Server.Funnel.OpportunityChanged.Topic, 0);
    }

    [Fact]
    public async Task A_subscription_streams_its_events_until_the_client_closes()
    {
        using (var stream = await OpenAsync(HttpMethod.Post, """
            subscription {
                opportunityChanged {
                    kind
                    opportunity {
                        name
                    }
                }
            }
            """))
        {
            Assert.Equal((HttpStatusCode.OK, "text/event-stream"), (stream.Response.StatusCode, stream.Response.Content.Headers.ContentType?.MediaType));
            await Factory.SubscribersAsync(OpportunityChanged.Topic, 1);
            await Client.MutateAsync("createOpportunity", "opportunity { id }", new { accountId = Known.Id("Delta School"), name = "SSE", amount = 1m });
            var (name, data) = await stream.NextAsync();
            Assert.Equal(("next", "SSE"), (name, data!.Value.At("data.opportunityChanged.opportunity.name").GetString()));
        }
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 0); // closing the stream ended the subscription
    }

    [Fact]
    public async Task EventSource_can_subscribe_with_GET_but_not_mutate()
    {
        using var stream = await OpenAsync(HttpMethod.Get, "subscription { funnelChanged { count } }");
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 1);
        using var mutation = await OpenAsync(HttpMethod.Get, """
            mutation {
                recomputeTiers(input: {}) {
                    recomputation {
                        accountsScored
                    }
                }
            }
            """);
        var (name, data) = await mutation.NextAsync();
        Assert.Equal(("next", "METHOD_NOT_ALLOWED"), (name, data!.Value.GetProperty("errors")[0].At("extensions.code").GetString()));
        Assert.Equal("complete", (await mutation.NextAsync()).Event);
    }

    [Fact]
    public async Task Queries_and_request_errors_arrive_as_events_then_complete()
    {
        using var query = await OpenAsync(HttpMethod.Post, "{ accounts { totalCount } }");
        var (name, data) = await query.NextAsync();
        Assert.Equal(("next", 8), (name, data!.Value.At("data.accounts.totalCount").GetInt32()));
        Assert.Equal(("complete", null), await query.NextAsync());

        using var invalid = await OpenAsync(HttpMethod.Post, "{ accounts { nope } }");
        Assert.Equal(HttpStatusCode.OK, invalid.Response.StatusCode); // graphql-sse: errors go through the accepted stream
        var error = (await invalid.NextAsync()).Data!.Value;
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", error.GetProperty("errors")[0].At("extensions.code").GetString());
        Assert.Equal("complete", (await invalid.NextAsync()).Event);
    }

    [Fact]
    public async Task The_stream_is_kept_alive()
    {
        // NextAsync skips comment lines, so this reads the raw stream.
        using var raw = await OpenRawAsync("subscription { opportunityChanged { kind } }");
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 1);
        using var timeout = new CancellationTokenSource(GraphQLSocket.Wait);
        var line = raw.ReadLineAsync(timeout.Token).AsTask();
        // The stream's keep-alive wait may start just after the subscription is counted: the clock moves on again
        // until the comment comes (or the wait above gives up).
        while (!line.IsCompleted)
        {
            Factory.Clock.Advance(TimeSpan.FromSeconds(15));
            await Task.WhenAny(line, Task.Delay(200));
        }
        Assert.Equal(": keep-alive", await line);
    }

    private async Task<StreamReader> OpenRawAsync(string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await Client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new StreamReader(await response.Content.ReadAsStreamAsync());
    }

    [Fact]
    public async Task A_subscription_over_plain_HTTP_is_told_to_use_a_stream()
    {
        var response = await Client.PostAsync("subscription { opportunityChanged { kind } }");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal(["STREAM_REQUIRED"], response.ErrorCodes);
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 0);
    }
}
