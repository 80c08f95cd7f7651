using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Teams;

/// <summary>
/// The demo data look like a real key-account book: a tier pyramid (a few A1, more A2, most accounts B and C), the
/// strategic flag on public bodies, the military and media only, class A accounts covered by outside sales with a team,
/// a handful of coverage exceptions, and plans for most class A accounts with their monthly reviews.
/// </summary>
public sealed class DemoBookTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public async Task The_tiers_form_a_pyramid()
    {
        var data = await fixture.Client.DataAsync("{ tierDistribution { tier { code } accountCount } }");
        var count = data.At("tierDistribution").EnumerateArray()
            .ToDictionary(b => b.At("tier.code").GetString()!, b => b.GetProperty("accountCount").GetInt32());
        var total = count.Values.Sum();
        Assert.InRange(count["A1"], 1, total * 0.06);                     // a few percent
        Assert.True(count["A1"] < count["A2"], $"A1 {count["A1"]} not below A2 {count["A2"]}");
        Assert.InRange(count["A1"] + count["A2"], 1, total * 0.25);
        Assert.True(count["B1"] + count["B2"] + count["C"] >= total * 0.75);
        Assert.Equal("C", count.MaxBy(c => c.Value).Key);                 // the base is the widest
    }

    [Fact]
    public async Task Strategic_accounts_are_public_bodies_the_military_media_and_key_groups()
    {
        var data = await fixture.Client.DataAsync("""
            { accounts(first: 500, where: { strategic: { eq: true } }) { totalCount nodes { name industry } } }
            """);
        var strategic = data.At("accounts.nodes").EnumerateArray().ToList();
        Assert.InRange(strategic.Count, 10, 320 / 5);
        string[] media = ["日报", "广播", "广电"];
        string[] keyGroups = ["中国石油天然气集团有限公司", "国家电网有限公司", "中国电信集团有限公司"];
        Assert.All(strategic, a => Assert.True(
            a.GetProperty("industry").GetString() is "GOVERNMENT" or "MILITARY"
            || media.Any(m => a.GetProperty("name").GetString()!.Contains(m, StringComparison.Ordinal))
            || keyGroups.Contains(a.GetProperty("name").GetString()),   // a key-industry group's head office
            a.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Class_A_accounts_are_covered_by_outside_sales_with_a_team_and_a_plan()
    {
        var data = await fixture.Client.DataAsync("""
            {
                accounts(first: 500, where: { tier: { code: { in: ["A1", "A2"] } } }) {
                    nodes { id coverage team { role } }
                }
                coverageExceptions(first: 100) { totalCount }
                accountPlans(first: 500) { nodes { status account { id } reviews { reviewedAt } } }
                plansDueForReview(first: 500) { totalCount }
            }
            """);
        var classA = data.At("accounts.nodes").EnumerateArray().ToList();
        var outside = classA.Where(a => a.GetProperty("coverage").GetString() == "OUTSIDE"
            && a.GetProperty("team").EnumerateArray().Any(m => m.GetProperty("role").GetString() == "OUTSIDE_SALES")).ToList();
        Assert.InRange(outside.Count, classA.Count * 0.85, classA.Count);
        // A handful of exceptions to act on, not none and not a third of the book.
        Assert.InRange(data.At("coverageExceptions.totalCount").GetInt32(), 2, 20);

        var plans = data.At("accountPlans.nodes").EnumerateArray().ToList();
        var classAIds = classA.Select(a => a.GetProperty("id").GetString()).ToHashSet();
        Assert.InRange(plans.Count(p => classAIds.Contains(p.At("account.id").GetString())), classA.Count * 0.7, classA.Count);
        var reviewed = plans.Where(p => p.GetProperty("status").GetString() == "REVIEWED").ToList();
        Assert.InRange(reviewed.Count, plans.Count / 2, plans.Count);
        Assert.True(reviewed.Average(p => p.GetProperty("reviews").GetArrayLength()) >= 3, "reviews month after month");
        // Most plans are reviewed on time; some have slipped.
        Assert.InRange(data.At("plansDueForReview.totalCount").GetInt32(), 1, plans.Count / 3);
    }
}
