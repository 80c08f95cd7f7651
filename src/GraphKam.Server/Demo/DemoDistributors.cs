using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Distributors;

namespace GraphKam.Server.Demo;

/// <summary>
/// About 60 channel partners of every kind in a two-level hierarchy, the accounts they serve, and six quarters of
/// scorecards. A few situations are real conflicts on purpose: two regional exclusives sharing a province, partners
/// serving accounts outside their territory, and accounts served by a partner where our own teams also sell.
/// </summary>
internal static class DemoDistributors
{
    private static readonly string[] Words = ["信通", "联讯", "华讯", "中联", "恒信", "天翼", "正通", "博达", "新元", "汇通", "长城", "东方", "瑞通", "金桥", "创联"];
    private static readonly string[] Suffixes = ["通信技术有限公司", "信息科技有限公司", "网络工程有限公司", "数码贸易有限公司", "电子商务有限公司"];

    public sealed record Channel(List<Distributor> Distributors, Dictionary<Account, Distributor> ServedBy);

    public static Channel Create(IReadOnlyList<Account> accounts, DateTime now)
    {
        var random = new Random(DemoData.RandomSeed + 4);
        var regions = DemoNames.Regions;
        var made = new List<Distributor>();
        var names = new HashSet<string>();
        Distributor Make(DistributorKind kind, string[] inRegions, Industry[] industries, Distributor? parent = null)
        {
            var place = inRegions.Length > 0 ? regions.First(r => r.Region == inRegions[0]).City : "全国";
            string name;
            do name = $"{place}{Words[random.Next(Words.Length)]}{Suffixes[random.Next(Suffixes.Length)]}"; while (!names.Add(name));
            var agent = kind is DistributorKind.Authorized or DistributorKind.Project && random.NextDouble() < 0.4;
            var start = now.Date.AddDays(-random.Next(200, 1500));
            var distributor = new Distributor
            {
                Name = name,
                Kind = kind,
                Model = agent ? DistributorModel.Agent : DistributorModel.Distributor,
                CommissionRate = agent ? Math.Round(0.03 + random.NextDouble() * 0.09, 3) : null,
                Parent = parent,
                Regions = [.. inRegions],
                Industries = [.. industries],
                ContractStart = start,
                ContractEnd = random.NextDouble() < 0.8 ? start.AddYears(random.Next(2, 6)) : null,
                Status = random.NextDouble() < 0.06 ? DistributorStatus.Suspended : DistributorStatus.Active,
                CreatedAt = start,
                UpdatedAt = start,
                Version = 1,
            };
            made.Add(distributor);
            return distributor;
        }

        Make(DistributorKind.GeneralExclusive, [], [Industry.Power]);
        Make(DistributorKind.GeneralExclusive, [], [Industry.Military]);
        // Regional exclusives leave power and military to the two national ones, so exclusive territories do not overlap...
        Industry[] civil = [Industry.Government, Industry.Education, Industry.Enterprise, Industry.Telecom, Industry.Finance, Industry.Other];
        var regional = regions.Take(10).Select(r => Make(DistributorKind.RegionalExclusive, [r.Region], civil)).ToList();
        // ...except for one real overlap: a second exclusive for Zhejiang and Jiangsu, which have one each already.
        regional.Add(Make(DistributorKind.RegionalExclusive, ["Zhejiang", "Jiangsu"], [Industry.Enterprise]));
        var authorized = regions.Skip(4).Select(r => Make(DistributorKind.Authorized, [r.Region, regions[random.Next(regions.Length)].Region], [])).ToList();
        var industryPartners = new[] { Industry.Education, Industry.Government, Industry.Finance, Industry.Enterprise, Industry.Telecom, Industry.Education, Industry.Finance }
            .Select(i => Make(DistributorKind.IndustryAuthorized, [], [i])).ToList();
        for (var i = 0; i < 6; i++) Make(DistributorKind.Project, [regions[random.Next(regions.Length)].Region], []);
        var firstTier = regional.Concat(authorized).ToList();
        while (made.Count < 60)
        {
            var parent = firstTier[random.Next(firstTier.Count)];
            Make(DistributorKind.SecondTier, [parent.Regions[0]], [], parent);
        }
        foreach (var distributor in made.Where(d => d.Regions.Count > 1)) distributor.Regions = [.. distributor.Regions.Distinct()];

        var servedBy = Assign(accounts, made, random, now);
        foreach (var distributor in made) AddScorecards(distributor, random, now);
        return new Channel(made, servedBy);
    }

    /// <summary>Channel accounts get a partner of their region; a few others get one too (our teams sell there as well).</summary>
    private static Dictionary<Account, Distributor> Assign(IReadOnlyList<Account> accounts, List<Distributor> distributors, Random random, DateTime now)
    {
        var servedBy = new Dictionary<Account, Distributor>();
        var active = distributors.Where(d => d.Status == DistributorStatus.Active).ToList();
        var breaches = 0;
        foreach (var account in accounts.Where(a => a.Coverage == Coverage.Channel || random.NextDouble() < 0.03))
        {
            var local = active.Where(d => d.Kind is not DistributorKind.GeneralExclusive && DistributorRules.Covers(d.Regions, d.Industries, account.Region, account.Industry)
                && d.Regions.Count > 0).ToList();
            // A few partners work outside their territory: territory breaches for the conflict list.
            var partner = local.Count == 0 || breaches < 4 && random.NextDouble() < 0.05
                ? active[random.Next(active.Count)]
                : local[random.Next(local.Count)];
            if (!DistributorRules.Covers(partner.Regions, partner.Industries, account.Region, account.Industry)) breaches++;
            partner.Assignments.Add(new DistributorAssignment { Account = account, AssignedAt = now.AddDays(-random.Next(30, 600)), AssignedBy = "system" });
            servedBy[account] = partner;
        }
        return servedBy;
    }

    /// <summary>Scorecards for the six quarters before the current one that fall inside the partner's contract.</summary>
    private static void AddScorecards(Distributor distributor, Random random, DateTime now)
    {
        var quarterly = distributor.Kind switch
        {
            DistributorKind.GeneralExclusive => 30_000_000m,
            DistributorKind.RegionalExclusive => 10_000_000m,
            DistributorKind.IndustryAuthorized => 6_000_000m,
            DistributorKind.Authorized => 4_000_000m,
            DistributorKind.Project => 2_000_000m,
            _ => 1_000_000m,
        };
        var quarterStart = new DateTime(now.Year, (now.Month - 1) / 3 * 3 + 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var back = 6; back >= 1; back--)
        {
            var start = quarterStart.AddMonths(-3 * back);
            if (start < distributor.ContractStart.AddMonths(-3)) continue;
            var target = Math.Round(quarterly * (decimal)(0.8 + random.NextDouble() * 0.4) / 1000) * 1000;
            var figures = new ScorecardFigures(SalesPeriod.QuarterOf(start), Math.Round(target * (decimal)(0.5 + random.NextDouble() * 0.8) / 100) * 100, target,
                Score(random), Score(random), Score(random));
            distributor.Scorecards.Add(new Scorecard
            {
                Period = figures.Period,
                SalesAmount = figures.SalesAmount,
                Target = figures.Target,
                Attainment = ScorecardMath.Attainment(figures.SalesAmount, figures.Target),
                CoverageScore = figures.CoverageScore,
                ServiceScore = figures.ServiceScore,
                PaymentScore = figures.PaymentScore,
                OverallScore = ScorecardMath.Overall(figures, new ScorecardWeights()),
                RecordedAt = start.AddMonths(3).AddDays(7),
                RecordedBy = "system",
            });
        }
    }

    private static double Score(Random random) => Math.Round(50 + random.NextDouble() * 48, 1);
}
