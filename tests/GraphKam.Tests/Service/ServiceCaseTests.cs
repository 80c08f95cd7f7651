using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Service;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Service;

/// <summary>
/// Service cases on the known dataset, with the server's clock fixed at 2026-11-27 08:00 UTC. In the default policy
/// Alpha Industries is C (respond within 48 hours; resolve a medium case within 240) and Echo Gov Bureau is A2
/// (respond within 4 hours; resolve a high case within 16).
/// </summary>
public sealed class ServiceCaseTests : KnownDataTest
{
    private const string Fields = "id version status tierCode respondBy resolveBy firstResponseAt resolvedAt breached";

    // Tests move the clock by hours: a socket's 15-minute token would expire in the same tick as the sweep runs.
    // Keep-alive pings are off: a jump of hours would queue one ping per 15 s and overflow a slow socket.
    public ServiceCaseTests()
    {
        Factory.Settings["GraphKam:Auth:AccessTokenLifetime"] = "1.00:00:00";
        Factory.Settings["GraphKam:GraphQL:KeepAliveInterval"] = "00:00:00";
    }

    private Task<JsonElement> Mutate(string mutation, string selection, object input) => Client.MutateAsync(mutation, selection, input);

    private async Task<JsonElement> Open(string account, string severity, string subject, string kind = "REQUEST")
    {
        var payload = await Mutate("openServiceCase", $"serviceCase {{ {Fields} }}",
            new { accountId = Known.Id(account), kind, severity, channel = "PHONE", subject });
        Assert.Empty(ErrorTypes(payload));
        return payload.GetProperty("serviceCase");
    }

    private async Task<JsonElement> Read(string id) =>
        (await Client.DataAsync($$"""
            query($id: ID!) {
                node(id: $id) {
                    ... on ServiceCase {
                        {{Fields}}
                    }
                }
            }
            """, new { id })).GetProperty("node");

    private async Task<JsonElement> Step(string mutation, JsonElement serviceCase, object? note = null)
    {
        var input = new Dictionary<string, object?> { ["id"] = serviceCase.GetProperty("id").GetString(), ["version"] = serviceCase.GetProperty("version").GetInt32() };
        if (note is (string field, string text)) input[field] = text;
        var payload = await Mutate(mutation, $"serviceCase {{ {Fields} }}", input);
        Assert.Empty(ErrorTypes(payload));
        return payload.GetProperty("serviceCase");
    }

    /// <summary>The next event, past the keep-alive pings that moving the clock sets off.</summary>
    private static async Task<JsonElement> NextAsync(GraphQLSocket socket)
    {
        while (true)
        {
            var message = await socket.ReceiveAsync();
            if (message.GetProperty("type").GetString() != "ping") return message;
        }
    }

    private void Advance(double hours) => Factory.Clock.Advance(TimeSpan.FromHours(hours));

    [Fact]
    public async Task Deadlines_come_from_the_tier_at_opening_and_stay_when_the_tier_changes()
    {
        var first = await Open("Alpha Industries", "MEDIUM", "Invoice is wrong");
        Assert.Equal("C", first.GetProperty("tierCode").GetString());
        Assert.Equal("2026-11-29T08:00:00Z", first.GetProperty("respondBy").GetString());   // + 48 h
        Assert.Equal("2026-12-07T08:00:00Z", first.GetProperty("resolveBy").GetString());   // + 240 h

        // The account moves up to A1 while the case is open: the promise made stays.
        var lifted = await Mutate("overrideAccountTier", "account { tier { code } }",
            new { accountId = Known.Id("Alpha Industries"), tierCode = "A1", reason = "Framework agreement" });
        Assert.Equal("A1", lifted.At("account.tier.code").GetString());
        Advance(1);
        var kept = await Read(first.GetProperty("id").GetString()!);
        Assert.Equal(("C", "2026-11-29T08:00:00Z", "2026-12-07T08:00:00Z"),
            (kept.GetProperty("tierCode").GetString(), kept.GetProperty("respondBy").GetString(), kept.GetProperty("resolveBy").GetString()));

        // A case opened now gets A1's standard: respond within 2 hours, resolve a critical case within 4.
        var second = await Open("Alpha Industries", "CRITICAL", "Line down");
        Assert.Equal("A1", second.GetProperty("tierCode").GetString());
        Assert.Equal("2026-11-27T11:00:00Z", second.GetProperty("respondBy").GetString());
        Assert.Equal("2026-11-27T13:00:00Z", second.GetProperty("resolveBy").GetString());
    }

    [Fact]
    public async Task The_service_standard_shows_resolution_hours_by_severity()
    {
        var tiers = (await Client.DataAsync("""
            {
                tierPolicy(key: "china-mobile") {
                    tiers {
                        code
                        serviceStandard {
                            responseHours
                            resolutionHours { critical high medium low }
                        }
                    }
                }
            }
            """)).At("tierPolicy.tiers");
        var a1 = tiers.EnumerateArray().First(t => t.GetProperty("code").GetString() == "A1").At("serviceStandard.resolutionHours");
        Assert.Equal([4, 8, 24, 72], new[] { "critical", "high", "medium", "low" }.Select(s => a1.GetProperty(s).GetInt32()));
    }

    [Fact]
    public async Task Breaches_are_found_filtered_and_sorted_in_SQL_against_the_clock()
    {
        var onTime = await Open("Echo Gov Bureau", "HIGH", "on time");
        var late = await Open("Echo Gov Bureau", "HIGH", "answered late");
        var waiting = await Open("Alpha Industries", "MEDIUM", "never answered");
        Advance(1);
        onTime = await Step("resolveServiceCase", onTime, ("resolution", "Replaced the router"));
        Advance(4); // 5 hours after opening: Echo's 4-hour response deadline has passed
        late = await Step("acknowledgeServiceCase", late);
        Assert.True(late.GetProperty("breached").GetBoolean());
        Assert.False((await Read(waiting.GetProperty("id").GetString()!)).GetProperty("breached").GetBoolean());

        Advance(45); // 50 hours after opening: Alpha's 48-hour response deadline has passed too
        var breached = (await Client.DataAsync("""
            {
                serviceCases(where: { breached: { eq: true } }, order: [{ openedAt: ASC }]) {
                    totalCount
                    nodes {
                        subject
                    }
                }
            }
            """)).GetProperty("serviceCases");
        Assert.Equal(2, breached.GetProperty("totalCount").GetInt32());
        Assert.Equal(["answered late", "never answered"], breached.GetProperty("nodes").Strings("subject"));
        var sorted = (await Client.DataAsync("""
            {
                serviceCases(order: [{ breached: ASC }, { openedAt: ASC }]) {
                    nodes {
                        subject breached
                    }
                }
            }
            """)).At("serviceCases.nodes");
        Assert.Equal(["on time", "answered late", "never answered"], sorted.Strings("subject"));
        Assert.Equal([false, true, true], sorted.EnumerateArray().Select(n => n.GetProperty("breached").GetBoolean()));
    }

    [Fact]
    public async Task Steps_follow_the_life_of_a_case_and_everything_else_is_refused()
    {
        var opened = await Open("Alpha Industries", "LOW", "Question about the bill", kind: "COMPLAINT");
        var id = opened.GetProperty("id").GetString()!;
        var refused = await Mutate("closeServiceCase", "serviceCase { id }", new { id, version = 1 });
        Assert.Equal(["IllegalCaseTransitionError"], ErrorTypes(refused));
        var illegal = await Client.DataAsync("""
            mutation($id: ID!) {
                closeServiceCase(input: { id: $id, version: 1 }) {
                    errors {
                        ... on IllegalCaseTransitionError {
                            code from to
                        }
                    }
                }
            }
            """, new { id });
        Assert.Equal("ILLEGAL_CASE_TRANSITION", illegal.At("closeServiceCase.errors")[0].GetProperty("code").GetString());
        Assert.Equal(("OPEN", "CLOSED"), (illegal.At("closeServiceCase.errors")[0].GetProperty("from").GetString(),
            illegal.At("closeServiceCase.errors")[0].GetProperty("to").GetString()));

        Advance(1);
        var acknowledged = await Step("acknowledgeServiceCase", opened, ("note", "Called back"));
        Assert.Equal(("ACKNOWLEDGED", 2, "2026-11-27T09:00:00Z"), (acknowledged.GetProperty("status").GetString(),
            acknowledged.GetProperty("version").GetInt32(), acknowledged.GetProperty("firstResponseAt").GetString()));
        Assert.Equal(["StaleVersionError"], ErrorTypes(await Mutate("resolveServiceCase", "serviceCase { id }", new { id, version = 1, resolution = "x" })));
        Assert.Equal(["IllegalCaseTransitionError"], ErrorTypes(await Mutate("acknowledgeServiceCase", "serviceCase { id }", new { id, version = 2 })));
        Assert.Equal(["RequiredValueError"], ErrorTypes(await Mutate("resolveServiceCase", "serviceCase { id }", new { id, version = 2, resolution = " " })));
        Assert.Equal(["ServiceCaseNotFoundError"], ErrorTypes(await Mutate("closeServiceCase", "serviceCase { id }", new { id = GlobalId.Encode("ServiceCase", 999), version = 1 })));

        var resolved = await Step("resolveServiceCase", acknowledged, ("resolution", "Credit note issued"));
        var closed = await Step("closeServiceCase", resolved);
        var reopened = await Step("reopenServiceCase", closed, ("reason", "The credit note never arrived"));
        Assert.Equal(("REOPENED", 5, JsonValueKind.Null), (reopened.GetProperty("status").GetString(),
            reopened.GetProperty("version").GetInt32(), reopened.GetProperty("resolvedAt").ValueKind));

        var history = (await Client.DataAsync("""
            query($id: ID!) {
                node(id: $id) {
                    ... on ServiceCase {
                        history {
                            kind fromStatus toStatus note changedBy
                        }
                    }
                }
            }
            """, new { id })).At("node.history").EnumerateArray()
            .Select(h => $"{h.GetProperty("kind").GetString()} {h.GetProperty("fromStatus")} → {h.GetProperty("toStatus").GetString()}: {h.GetProperty("note")}")
            .ToList();
        Assert.Equal(
        [
            "OPENED  → OPEN: tier C: respond by 2026-11-29 08:00:00Z, resolve by 2026-12-17 08:00:00Z",
            "STATUS_CHANGED OPEN → ACKNOWLEDGED: Called back",
            "STATUS_CHANGED ACKNOWLEDGED → RESOLVED: Credit note issued",
            "STATUS_CHANGED RESOLVED → CLOSED: ",
            "STATUS_CHANGED CLOSED → REOPENED: The credit note never arrived",
        ], history);
    }

    [Fact]
    public async Task A_missed_deadline_is_escalated_once_recorded_and_published()
    {
        await using var socket = await GraphQLSocket.OpenAsync(Factory); // a director
        await socket.SubscribeAsync("s", """
            subscription {
                serviceCaseChanged(where: { kind: { eq: COMPLAINT } }) {
                    kind
                    serviceCase {
                        subject responseEscalatedAt
                    }
                }
            }
            """);
        await Factory.SubscribersAsync(ServiceCaseChanged.Topic, 1);
        var complaint = await Open("Echo Gov Bureau", "HIGH", "Nobody calls back", kind: "COMPLAINT");
        await Open("Echo Gov Bureau", "HIGH", "A request", kind: "REQUEST");
        Assert.Equal("OPENED", (await NextAsync(socket)).At("payload.data.serviceCaseChanged.kind").GetString());

        Advance(5); // the 4-hour response deadline passes; the sweep runs on the server's clock
        var escalated = await NextAsync(socket);
        Assert.Equal("ESCALATED", escalated.At("payload.data.serviceCaseChanged.kind").GetString());
        Assert.Equal("Nobody calls back", escalated.At("payload.data.serviceCaseChanged.serviceCase.subject").GetString());
        Assert.Equal("2026-11-27T13:00:00Z", escalated.At("payload.data.serviceCaseChanged.serviceCase.responseEscalatedAt").GetString());
        // The request's escalation is not a complaint: nothing more but pings.
        while (await socket.TryReceiveAsync(TimeSpan.FromMilliseconds(300)) is { } more)
            Assert.Equal("ping", more.GetProperty("type").GetString());

        var sweep = Factory.Services.GetRequiredService<ServiceCaseEscalation>();
        Assert.Equal(0, await sweep.SweepAsync(CancellationToken.None)); // nothing is escalated twice
        var history = (await Client.DataAsync("""
            query($id: ID!) {
                node(id: $id) {
                    ... on ServiceCase {
                        history {
                            kind note changedBy
                        }
                    }
                }
            }
            """, new { id = complaint.GetProperty("id").GetString() })).At("node.history");
        Assert.Equal(["OPENED", "ESCALATED"], history.Strings("kind"));
        Assert.Equal("not answered by 2026-11-27 12:00:00Z", history[1].GetProperty("note").GetString());
        Assert.Equal("system", history[1].GetProperty("changedBy").GetString());
    }
}
