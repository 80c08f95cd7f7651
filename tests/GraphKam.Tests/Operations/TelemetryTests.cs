using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GraphKam.Server.Common;
using GraphKam.Server.Funnel;
using GraphKam.Tests.Infrastructure;
using OpenTelemetry.Metrics;

namespace GraphKam.Tests.Operations;

/// <summary>
/// The spans and metrics of a query, a mutation and a subscription, from OpenTelemetry's in-memory exporters: names,
/// attributes, parents, the caller's trace continued, and never a variable's value.
/// </summary>
public sealed class TelemetryTests : IDisposable
{
    // A value only the variables carry: it must appear in no span and no metric.
    private const string Secret = "variable-value-4f1d9c";
    private readonly TelemetryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private GraphQLClient TracedClient(string traceParent)
    {
        var client = _factory.Logins.ClientAs(Roles.Director);
        client.Http.DefaultRequestHeaders.Add("traceparent", traceParent);
        return client;
    }

    private static Activity Single(List<Activity> spans, string name) =>
        Assert.Single(spans, s => s.DisplayName == name);

    private static void AssertNoSecret(IEnumerable<Activity> spans)
    {
        foreach (var span in spans)
            foreach (var (key, value) in span.TagObjects)
                Assert.False(value?.ToString()?.Contains(Secret, StringComparison.Ordinal) == true,
                    $"{span.DisplayName} has {key} = {value}");
    }

    [Fact]
    public async Task A_query_is_a_span_with_validation_execution_dataloader_and_sql_children_in_the_callers_trace()
    {
        // An account by key is a batch of the accounts' loader (an opportunity's account would be joined to its page).
        var account = (await _factory.Logins.ClientAs(Roles.Director).DataAsync("{ accounts(first: 1) { nodes { id } } }"))
            .At("accounts.nodes")[0].GetProperty("id").GetString();
        var (header, traceId, callerSpan) = TelemetryFactory.NewTraceParent();
        var data = await TracedClient(header).DataAsync("""
            query TelemetryQuery($marker: String!, $account: ID!) {
              opportunities(first: 3, where: { name: { ncontains: $marker } }) { nodes { name } }
              account(id: $account) { name }
            }
            """, new { marker = Secret, account });
        Assert.Equal(3, data.At("opportunities.nodes").GetArrayLength());

        var spans = await _factory.TraceAsync(traceId, callerSpan);
        var http = Assert.Single(spans, s => s.ParentSpanId == callerSpan);
        var operation = Single(spans, "query TelemetryQuery");
        Assert.Equal(http.SpanId, operation.ParentSpanId);
        Assert.Equal("TelemetryQuery", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal("DIRECTOR", operation.GetTagItem("enduser.role"));
        Assert.Matches("^[0-9a-f]{64}$", (string)operation.GetTagItem("graphql.document.hash")!);
        var validate = Single(spans, "graphql.validate");
        var execute = Single(spans, "graphql.execute");
        Assert.Equal(operation.SpanId, validate.ParentSpanId);
        Assert.Equal(operation.SpanId, execute.ParentSpanId);
        var batch = Assert.Single(spans, s => s.DisplayName == "graphql.dataloader.batch");
        Assert.Equal(execute.SpanId, batch.ParentSpanId);
        Assert.Equal("Account", batch.GetTagItem("graphql.dataloader.value_type"));
        var sql = spans.Where(s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal)).ToList();
        Assert.True(sql.Count >= 2, "the page and the accounts' batch are SQL commands of their own");
        Assert.Contains(sql, s => s.ParentSpanId == batch.SpanId);
        AssertNoSecret(spans);

        var operations = _factory.Points("graphkam.graphql.operations", ("graphql.operation.name", "TelemetryQuery"),
            ("graphql.operation.type", "query"), ("outcome", "ok"));
        Assert.Equal(1, Assert.Single(operations).GetSumLong());
        var duration = Assert.Single(_factory.Points("graphkam.graphql.operation.duration",
            ("graphql.operation.name", "TelemetryQuery")));
        Assert.Equal(1, duration.GetHistogramCount());
        var commands = Assert.Single(_factory.Points("graphkam.graphql.operation.sql_commands",
            ("graphql.operation.name", "TelemetryQuery")));
        Assert.True(commands.GetHistogramSum() >= 2);
        Assert.NotEmpty(_factory.Points("graphkam.graphql.dataloader.batch_size",
            ("graphql.dataloader.value_type", "Account")));
        lock (_factory.Metrics)
            Assert.DoesNotContain(_factory.Metrics.SelectMany(m => m.MetricPoints),
                p => TagsOf(p).Any(v => v.Contains(Secret, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_mutation_and_the_subscription_event_it_causes_are_spans_and_counts()
    {
        var (subscribeHeader, subscribeTrace, _) = TelemetryFactory.NewTraceParent();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = """
                    subscription TelemetrySubscription($where: OpportunityFilterInput) {
                      opportunityChanged(where: $where) { kind opportunity { name account { name } } }
                    }
                    """,
                variables = new { where = new { name = new { ncontains = Secret + "-not-in-the-name" } } },
            }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var subscriber = TracedClient(subscribeHeader);
        var response = await subscriber.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var stream = new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        await _factory.SubscribersAsync(OpportunityChanged.Topic, 1);

        var (mutateHeader, mutateTrace, mutateCaller) = TelemetryFactory.NewTraceParent();
        var client = TracedClient(mutateHeader);
        var account = (await _factory.Client().DataAsync("{ accounts(first: 1) { nodes { id } } }")).At("accounts.nodes")[0]
            .GetProperty("id").GetString();
        var created = await client.PostAsync("""
            mutation TelemetryMutation($input: CreateOpportunityInput!) {
              createOpportunity(input: $input) { opportunity { id } }
            }
            """, new { input = new { accountId = account, name = $"Telemetry deal {Secret}", amount = 5000m } });
        Assert.Empty(created.Errors);
        Assert.Equal("next", (await stream.NextAsync()).Event);

        var mutationSpans = await _factory.TraceAsync(mutateTrace, mutateCaller);
        var mutation = Single(mutationSpans, "mutation TelemetryMutation");
        Assert.Equal("mutation", mutation.GetTagItem("graphql.operation.type"));
        Assert.Equal(mutation.SpanId, Single(mutationSpans, "graphql.execute").ParentSpanId);
        Assert.Contains(mutationSpans, s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal)
            && s.ParentSpanId != default);
        AssertNoSecret(mutationSpans);

        // Its request is still open (the stream), so the trace is complete once the event's span is in.
        var subscriptionSpans = await _factory.TraceAsync(subscribeTrace,
            spans => spans.Any(s => s.DisplayName == "graphql.subscription.event"));
        var subscription = Single(subscriptionSpans, "subscription TelemetrySubscription");
        Assert.Equal("subscription", subscription.GetTagItem("graphql.operation.type"));
        var delivery = Single(subscriptionSpans, "graphql.subscription.event");
        Assert.Equal(subscription.SpanId, delivery.ParentSpanId);
        Assert.Equal("opportunityChanged", delivery.GetTagItem("graphql.subscription.field"));
        AssertNoSecret(subscriptionSpans);

        Assert.Single(_factory.Points("graphkam.graphql.operations", ("graphql.operation.name", "TelemetryMutation"),
            ("graphql.operation.type", "mutation"), ("outcome", "ok")));
        Assert.True(Assert.Single(_factory.Points("graphkam.graphql.operation.sql_commands",
            ("graphql.operation.name", "TelemetryMutation"))).GetHistogramSum() >= 1);
        Assert.Single(_factory.Points("graphkam.graphql.operations",
            ("graphql.operation.name", "TelemetrySubscription"), ("graphql.operation.type", "subscription")));
        var topic = ("graphkam.topic", OpportunityChanged.Topic);
        Assert.True(_factory.Points("graphkam.events.published", topic).Sum(p => p.GetSumLong()) >= 1);
        Assert.True(_factory.Points("graphkam.events.delivered", topic).Sum(p => p.GetSumLong()) >= 1);
        Assert.NotEmpty(_factory.Points("graphkam.events.delivery.latency", topic));
        Assert.Contains(_factory.Points("graphkam.subscriptions.active", topic), p => p.GetSumLong() >= 1);
    }

    [Fact]
    public async Task Errors_are_counted_by_operation_and_code()
    {
        var client = _factory.Logins.ClientAs(Roles.AccountManager);
        var refused = await client.PostAsync("query TelemetryRefused { apiTokens { name } }");
        Assert.NotEmpty(refused.Errors);
        var errors = _factory.Points("graphkam.graphql.errors", ("graphql.operation.name", "TelemetryRefused"));
        Assert.Contains(errors, p => TelemetryFactory.Tag(p, "error.code") == refused.ErrorCodes[0]);
    }

    private static IEnumerable<string> TagsOf(MetricPoint point)
    {
        foreach (var tag in point.Tags) yield return tag.Value?.ToString() ?? "";
    }
}
