using System.Text.Json;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Contracts;

/// <summary>
/// The demo book's contracts: the top tiers' (A1, A2, B1), for products they use, some ending within 90 days of the
/// clock, some renewed by a successor, a few lapsed, signed by the account's own contacts.
/// </summary>
public sealed class DemoContractTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public async Task Top_tier_accounts_have_contracts_with_a_renewal_story()
    {
        var data = await fixture.Client.DataAsync("""
            {
                contracts(first: 500) {
                    totalCount
                    nodes {
                        number value startsOn endsOn renewalState
                        account { id monthlyRevenue tier { code } products { product { id } } }
                        products { id }
                        signedBy { account { id } }
                        renewalOf { endsOn }
                        renewedBy { startsOn }
                    }
                }
                contractsExpiring(within: 90, first: 500) { totalCount nodes { endsOn renewalState } }
                topTiers: accounts(first: 500, where: { tier: { code: { in: ["A1", "A2", "B1"] } } }) { totalCount }
            }
            """);
        var contracts = data.At("contracts.nodes").EnumerateArray().ToList();
        Assert.Equal(data.At("contracts.totalCount").GetInt32(), contracts.Count);
        var topTiers = data.At("topTiers.totalCount").GetInt32();
        Assert.InRange(contracts.Select(c => c.At("account.id").GetString()).Distinct().Count(), topTiers * 0.9, topTiers);
        foreach (var contract in contracts)
        {
            var number = contract.GetProperty("number").GetString();
            Assert.True(contract.At("account.tier.code").GetString() is "A1" or "A2" or "B1", number);
            var uses = contract.At("account.products").EnumerateArray().Select(p => p.At("product.id").GetString()).ToHashSet();
            var covered = contract.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
            Assert.True(covered.Count > 0 && covered.All(uses.Contains), number);
            // Worth a share of the account's revenue over the term: between a tenth and the whole of it.
            var months = (contract.GetProperty("endsOn").GetDateTime() - contract.GetProperty("startsOn").GetDateTime()).Days / 30.4m;
            var revenue = contract.At("account.monthlyRevenue").GetDecimal() * months;
            Assert.InRange(contract.GetProperty("value").GetDecimal(), revenue * 0.1m, revenue);
            if (contract.GetProperty("signedBy").ValueKind != JsonValueKind.Null)
                Assert.Equal(contract.At("account.id").GetString(), contract.At("signedBy.account.id").GetString());
        }
        Assert.True(contracts.Count(c => c.GetProperty("signedBy").ValueKind != JsonValueKind.Null) > contracts.Count / 2);

        var today = GraphKamFactory.ClockStart.UtcDateTime.Date;
        var expiring = data.At("contractsExpiring.nodes").EnumerateArray().ToList();
        Assert.InRange(expiring.Count, 10, contracts.Count / 2);
        Assert.All(expiring, c => Assert.InRange(c.GetProperty("endsOn").GetDateTime(), today, today.AddDays(90)));

        var renewed = contracts.Where(c => c.GetProperty("renewalState").GetString() == "RENEWED").ToList();
        Assert.InRange(renewed.Count, 5, contracts.Count / 3);
        Assert.All(renewed, c => Assert.Equal(c.GetProperty("endsOn").GetDateTime().AddDays(1), c.At("renewedBy.startsOn").GetDateTime()));
        Assert.Equal(renewed.Count, contracts.Count(c => c.GetProperty("renewalOf").ValueKind != JsonValueKind.Null));
        var lapsed = contracts.Where(c => c.GetProperty("renewalState").GetString() == "LAPSED").ToList();
        Assert.InRange(lapsed.Count, 3, renewed.Count);
        Assert.All(lapsed, c => Assert.True(c.GetProperty("endsOn").GetDateTime() < today));
    }
}
