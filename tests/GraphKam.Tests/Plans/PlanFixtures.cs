using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Plans;

/// <summary>The plan mutations and reads the plan tests share, over the known dataset.</summary>
public static class PlanFixtures
{
    public const string Fields = """
        id version year status summary needs painPoints whiteSpace activatedAt lastReviewedAt nextReviewDue reviewDue
        objectives { metric target actual progress dueDate }
        competitors { name position products }
        decisionSteps { order name contacts { id name } }
        risks { description mitigation }
        reviews { reviewedAt changes nextSteps users { name } contacts { name } }
        """;

    /// <summary>A contact of the account, added by a director.</summary>
    public static async Task<string> ContactAsync(GraphQLClient director, string accountId, string name)
    {
        var payload = await director.MutateAsync("addContact", "contact { id }", new { accountId, name });
        Assert.Empty(ErrorTypes(payload));
        return payload.At("contact.id").GetString()!;
    }

    /// <summary>Runs a plan mutation that must succeed and returns the plan as saved.</summary>
    public static async Task<JsonElement> PlanAsync(GraphQLClient client, string mutation, object input)
    {
        var payload = await client.MutateAsync(mutation, $"accountPlan {{ {Fields} }}", input);
        Assert.True(ErrorTypes(payload).Count == 0, payload.ToString());
        return payload.GetProperty("accountPlan");
    }

    /// <summary>Runs a plan mutation that must fail and returns its error codes.</summary>
    public static async Task<List<string>> FailsAsync(GraphQLClient client, string mutation, object input)
    {
        var payload = await client.MutateAsync(mutation, "accountPlan { id }", input);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("accountPlan").ValueKind);
        return payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToList();
    }

    public static async Task<JsonElement> NodeAsync(GraphQLClient client, string id) =>
        (await client.DataAsync($$"""
            query($id: ID!) {
                node(id: $id) {
                    ... on AccountPlan {
                        {{Fields}}
                    }
                }
            }
            """, new { id })).GetProperty("node");

    /// <summary>Moves a plan with <c>changeAccountPlanStatus</c>; it must succeed.</summary>
    public static Task<JsonElement> MoveAsync(GraphQLClient client, JsonElement plan, string status) =>
        PlanAsync(client, "changeAccountPlanStatus", new { id = Id(plan), version = Version(plan), status });

    /// <summary>A property of each item of a list, as text.</summary>
    public static List<string> Each(JsonElement list, string path) =>
        list.EnumerateArray().Select(item => item.At(path).ToString()).ToList();

    /// <summary>Daily sweeps: moving the fake clock by weeks then fires a few ticks, not tens of thousands.</summary>
    public static void DailySweeps(GraphKamFactory factory)
    {
        foreach (var setting in new[]
        {
            "GraphKam:Service:EscalationSweepInterval", "GraphKam:Service:SatisfactionSweepInterval",
            "GraphKam:Health:SweepInterval", "GraphKam:Tiers:ExpirySweepInterval",
        })
        {
            factory.Settings[setting] = "1.00:00:00";
        }
    }

    public static string Id(JsonElement plan) => plan.GetProperty("id").GetString()!;
    public static int Version(JsonElement plan) => plan.GetProperty("version").GetInt32();
}
