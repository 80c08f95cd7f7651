using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using GraphKam.Server.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// A small dataset whose every value the tests know, seeded into an otherwise empty database. Names cover
/// case-insensitivity (Alpha/alpha), non-ASCII case (Éclair), Chinese text, ties, nulls and a group hierarchy; it is
/// graded in both tier policies (see TierTests for the hand-computed tiers).
/// </summary>
public sealed class KnownData
{
    public Dictionary<string, int> Ids { get; } = [];
    public Dictionary<string, int> UserIds { get; } = [];

    public string Id(string name) => GlobalId.Encode("Account", Ids[name]);
    public string UserId(string name) => GlobalId.Encode("User", UserIds[name]);

    public static readonly DateTime Jan2025 = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task<KnownData> SeedAsync(GraphKamFactory factory)
    {
        var li = new User { Name = "李强 Li Qiang", Email = "li@test", Role = UserRole.AccountManager };
        var zhao = new User { Name = "Zhao Min", Email = "zhao@test", Role = UserRole.InsideSales };
        var telecom = Make("中国电信集团有限公司", Industry.Telecom, "Beijing", AccountScale.Fortune500, 100_000, 2_000_000m, owner: li, strategic: true, satisfaction: 91, days: 0);
        var accounts = new[]
        {
            Make("Alpha Industries", Industry.Enterprise, "Beijing", AccountScale.Large, 1000, 50_000m, owner: li, satisfaction: 95.5, days: 10, loyalty: LoyaltyStage.Advocate),
            Make("alpha beta Bank", Industry.Finance, "Shanghai", AccountScale.Fortune500, 20_000, 900_000.50m, owner: li, satisfaction: 80, days: 20),
            Make("Bravo Éclair Power", Industry.Power, "Xinjiang", AccountScale.Large, 1000, 120_000m, owner: zhao, strategic: true, satisfaction: null, days: 30),
            telecom,
            Make("中国电信新疆分公司", Industry.Telecom, "Xinjiang", AccountScale.Large, 3000, 300_000m, parent: telecom, satisfaction: 70, days: 40),
            Make("中国电信四川分公司", Industry.Telecom, "Sichuan", AccountScale.Large, 2500, 250_000m, parent: telecom, satisfaction: 75, days: 50),
            Make("Delta School", Industry.Education, "Sichuan", AccountScale.Sme, 100, 1000m, owner: zhao, satisfaction: 60, days: 60, loyalty: LoyaltyStage.FirstPurchase),
            Make("Echo Gov Bureau", Industry.Government, "Beijing", AccountScale.Sme, 50, 0m, strategic: true, satisfaction: 99.9, days: 70),
            Make("Zulu Archived", Industry.Other, "Beijing", AccountScale.Sme, 5, 10m, satisfaction: 50, days: 80, archived: true),
        };
        // ICBC star measures: alpha beta Bank 24,600 + 3,600 + 10,000 = 38,200 points (4 stars);
        // the telecom head office 200,000 + 40,000 + 100,000 = 340,000 points (6 stars); everyone else 0 (3 stars).
        accounts[1].Measures.AddRange(Measures(1_234_567m, 99_999m, 500_000m));
        telecom.Measures.AddRange(Measures(10_000_000m, 1_000_000m, 5_000_000m));
        await using var db = factory.Db();
        db.People.AddRange(li, zhao);
        db.Accounts.AddRange(accounts);
        await db.SaveChangesAsync();
        var grader = factory.Services.GetRequiredService<TierGrader>();
        foreach (var policy in await db.TierPolicies.AsNoTracking().ToListAsync())
            await grader.RegradeAsync(db, policy, null, "initial grading", "system", CancellationToken.None);
        var data = new KnownData();
        foreach (var account in accounts) data.Ids[account.Name] = account.Id;
        data.UserIds[li.Name] = li.Id;
        data.UserIds[zhao.Name] = zhao.Id;
        return data;
    }

    private static AccountMeasure[] Measures(decimal investment, decimal card, decimal settlement) =>
    [
        new() { Key = "investmentVolume", Value = investment },
        new() { Key = "cardSpend", Value = card },
        new() { Key = "settlementVolume", Value = settlement },
    ];

    private static Account Make(string name, Industry industry, string region, AccountScale scale, int employees, decimal revenue,
        User? owner = null, Account? parent = null, bool strategic = false, double? satisfaction = null, int days = 0,
        LoyaltyStage loyalty = LoyaltyStage.RepeatPurchase, bool archived = false) => new()
        {
            Name = name,
            Industry = industry,
            Region = region,
            Scale = scale,
            Employees = employees,
            MonthlyRevenue = revenue,
            MonthlyItRevenue = revenue / 10,
            ProductsInUse = employees > 10_000 ? 20 : 3,
            Strategic = strategic,
            Owner = owner,
            Parent = parent,
            Coverage = Coverage.Outside,
            LoyaltyStage = loyalty,
            Satisfaction = satisfaction,
            CreatedAt = Jan2025.AddDays(days),
            UpdatedAt = Jan2025.AddDays(days),
            ArchivedAt = archived ? Jan2025.AddDays(90) : null,
            Version = 1,
        };
}
