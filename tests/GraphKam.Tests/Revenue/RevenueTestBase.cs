using System.Text.Json;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Revenue;

/// <summary>
/// Revenue by month on the known dataset (clock 2026-11-27): Li owns alpha beta Bank (900,000.50 a month entered,
/// IT 90,000.05, graded A1 with 75.5 points); Zhao owns Bravo Éclair Power.
/// </summary>
public abstract class RevenueTestBase : KnownDataTest
{
    protected GraphQLClient Li => Factory.Logins.ClientAs(Roles.AccountManager, personId: Known.UserIds["李强 Li Qiang"]);
    protected GraphQLClient Zhao => Factory.Logins.ClientAs(Roles.InsideSales, personId: Known.UserIds["Zhao Min"]);

    private const string Selection = "revenueRecord { month revenue itRevenue version account { name } }";

    protected Task<JsonElement> RecordAsync(string account, string month, decimal revenue, decimal itRevenue = 0, GraphQLClient? client = null) =>
        (client ?? Client).MutateAsync("recordRevenue", Selection, new { accountId = Known.Id(account), month, revenue, itRevenue });

    protected async Task<(decimal Revenue, decimal ItRevenue, string Tier, int Version)> AccountAsync(string account)
    {
        var data = await Client.DataAsync("""
            query($id: ID!) { node(id: $id) { ... on Account { monthlyRevenue monthlyItRevenue version tier { code } } } }
            """, new { id = Known.Id(account) });
        return (data.At("node.monthlyRevenue").GetDecimal(), data.At("node.monthlyItRevenue").GetDecimal(),
            data.At("node.tier.code").GetString()!, data.At("node.version").GetInt32());
    }
}
