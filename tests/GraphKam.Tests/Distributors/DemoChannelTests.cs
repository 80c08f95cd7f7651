using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Distributors;

/// <summary>The demo channel is what the issue asks for: about 60 partners, every kind, two levels, six quarters, real conflicts.</summary>
public sealed class DemoChannelTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public async Task The_demo_channel()
    {
        var data = await fixture.Client.DataAsync("""
            { distributors(first: 100) { totalCount nodes { kind level scorecards { period } } }
              channelConflicts(first: 100) { nodes { kind status } }
              dealRegistrations(first: 100) { nodes { status } }
              channelDeals: opportunities(first: 500, where: { route: { eq: CHANNEL } }) { totalCount nodes { distributor { id } } } }
            """);
        var partners = data.At("distributors.nodes").EnumerateArray().ToList();
        Assert.InRange(data.At("distributors.totalCount").GetInt32(), 55, 65);
        Assert.Equal(["AUTHORIZED", "GENERAL_EXCLUSIVE", "INDUSTRY_AUTHORIZED", "PROJECT", "REGIONAL_EXCLUSIVE", "SECOND_TIER"],
            partners.Select(p => p.GetProperty("kind").GetString()).Distinct().Order());
        Assert.All(partners.Where(p => p.GetProperty("kind").GetString() == "SECOND_TIER"), p => Assert.Equal(2, p.GetProperty("level").GetInt32()));
        Assert.Equal(6, partners.Max(p => p.GetProperty("scorecards").GetArrayLength()));
        var kinds = data.At("channelConflicts.nodes").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).Distinct().Order();
        Assert.Equal(["DIRECT_VS_CHANNEL", "DISTRIBUTOR_OVERLAP", "DUPLICATE_REGISTRATION", "TERRITORY_BREACH"], kinds);
        Assert.Equal(["APPROVED", "PENDING", "REJECTED"], data.At("dealRegistrations.nodes").EnumerateArray().Select(r => r.GetProperty("status").GetString()).Distinct().Order());
        Assert.InRange(data.At("channelDeals.totalCount").GetInt32(), 100, 500);
        Assert.All(data.At("channelDeals.nodes").EnumerateArray(), deal => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, deal.GetProperty("distributor").ValueKind));
    }
}
