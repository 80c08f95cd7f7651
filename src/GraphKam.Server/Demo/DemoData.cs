using System.Globalization;
using GraphKam.Server.Data;
namespace GraphKam.Server.Demo;

/// <summary>
/// The demo dataset: the sales team and 300+ accounts across the seven key industries and OTHER, 18 regions and
/// group hierarchies, with metrics spread by scale so that tiers differ. A fixed random seed makes it identical
/// on every machine, so that examples in the README and tests can rely on it.
/// </summary>
public static class DemoData
{
    public const int RandomSeed = 20261127;
    private static readonly DateTime Epoch = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public sealed record Dataset(List<User> People, List<Account> Accounts, List<SalesTarget> Targets, List<Distributor> Distributors,
        List<SatisfactionSurvey> Surveys, List<SatisfactionTarget> SatisfactionTargets, DemoCoverage.Result Coverage);

    /// <param name="now">The seeding time: activities cover the year before it, opportunities the 18 months.</param>
    /// <param name="stages">The funnel stages, as stored (their IDs are used).</param>
    public static Dataset Create(DateTime now, IReadOnlyList<FunnelStage> stages)
    {
        var random = new Random(RandomSeed);
        var users = DemoNames.Team.Select(t => new User { Name = t.Name, Email = t.Email, Role = t.Role }).ToList();
        var builder = new AccountFactory(random, users);

        foreach (var group in DemoNames.Groups)
        {
            var home = DemoNames.Regions.First(r => r.Region == group.HomeRegion);
            var headquarters = builder.Add(group.Name, group.Industry, group.HomeRegion, group.Scale, group.Strategic)!;
            var regions = DemoNames.Regions.Where(r => r != home).ToArray();
            random.Shuffle(regions);
            foreach (var region in regions.Take(random.Next(3, 9)))
            {
                // A key-industry group's headquarters is strategic; its provincial branches are graded on their own,
                // except the military group's institutes (military bodies are strategic whatever their revenue).
                var branch = builder.Add(string.Format(CultureInfo.InvariantCulture, group.Branch, region.Province, region.CityEn), group.Industry, region.Region,
                    group.Scale == AccountScale.Fortune500 ? AccountScale.Large : AccountScale.Sme,
                    group.Strategic && group.Industry == Industry.Military)!;
                branch.Parent = headquarters;
            }
        }
        foreach (var company in DemoNames.International)
            builder.Add(company.Name, company.Industry, company.Region, AccountScale.Fortune500, strategic: false);

        while (builder.Count < 320)
        {
            var industry = DemoNames.PickIndustry(random);
            var region = DemoNames.Regions[random.Next(DemoNames.Regions.Length)];
            var pattern = DemoNames.Patterns[industry][random.Next(DemoNames.Patterns[industry].Length)];
            var name = string.Format(CultureInfo.InvariantCulture, pattern, region.Province, region.City, DemoNames.Brands[random.Next(DemoNames.Brands.Length)]);
            var scale = random.NextDouble() switch { < 0.06 => AccountScale.Fortune500, < 0.40 => AccountScale.Large, _ => AccountScale.Sme };
            // Public bodies, schools and media are not Fortune 500 companies.
            if (scale == AccountScale.Fortune500 && industry is Industry.Government or Industry.Education or Industry.Military or Industry.Other)
                scale = AccountScale.Large;
            // The seeds' strategic customers: party and government bodies, courts and police, the military, news media.
            var strategic = industry is Industry.Government or Industry.Military || DemoNames.IsMedia(pattern);
            builder.Add(name, industry, region.Region, scale, strategic);
        }
        AddBankingMeasures(builder.Accounts);
        var coverage = DemoCoverage.Apply(builder.Accounts, users, now);
        DemoOrgCharts.AddTo(builder.Accounts, users, now);
        var channel = DemoDistributors.Create(builder.Accounts, now);
        DemoOpportunities.AddTo(builder.Accounts, users, stages, now, channel.ServedBy);
        var surveys = DemoSatisfaction.AddTo(builder.Accounts, now);
        DemoLoyalty.AddTo(builder.Accounts, now);
        return new Dataset(users, builder.Accounts, DemoOpportunities.Targets(users, now), channel.Distributors, surveys,
            DemoSatisfaction.Targets(now), coverage);
    }

    /// <summary>
    /// Yearly transaction volumes for the ICBC star policy, for three accounts in four, by size class. A random
    /// sequence of its own keeps the accounts themselves the same as without measures.
    /// </summary>
    private static void AddBankingMeasures(List<Account> accounts)
    {
        var random = new Random(RandomSeed + 1);
        foreach (var account in accounts)
        {
            if (random.NextDouble() >= 0.75) continue;
            var scale = account.Scale switch { AccountScale.Fortune500 => 10m, AccountScale.Large => 1.6m, _ => 0.1m };
            decimal Volume(int maxMillions) => Math.Round((decimal)random.NextDouble() * maxMillions * 1_000_000m * scale / 10m, 2);
            account.Measures.Add(new AccountMeasure { Key = "investmentVolume", Value = Volume(50) });
            account.Measures.Add(new AccountMeasure { Key = "cardSpend", Value = Volume(5) });
            account.Measures.Add(new AccountMeasure { Key = "settlementVolume", Value = Volume(100) });
        }
    }

    /// <summary>Makes accounts with metrics typical of their scale; skips names already used.</summary>
    private sealed class AccountFactory(Random random, List<User> users)
    {
        private readonly HashSet<string> _names = [];
        private readonly User[] _managers = users.Where(u => u.Role == UserRole.AccountManager).ToArray();
        private readonly User[] _insideSales = users.Where(u => u.Role == UserRole.InsideSales).ToArray();
        public List<Account> Accounts { get; } = [];
        public int Count => Accounts.Count;

        public Account? Add(string name, Industry industry, string region, AccountScale scale, bool strategic)
        {
            if (!_names.Add(name)) return null;
            // Log-uniform figures: within a scale most accounts are small and a few large, so that grading makes a
            // pyramid (a few A1, more A2, most accounts B and C) rather than a block of saturated scores.
            var (employees, revenue) = scale switch
            {
                AccountScale.Fortune500 => (LogUniform(3_000, 200_000), LogUniform(120_000, 2_500_000)),
                AccountScale.Large => (LogUniform(300, 15_000), LogUniform(25_000, 600_000)),
                _ => (LogUniform(10, 800), LogUniform(5_000, 200_000)),
            };
            var coverage = scale == AccountScale.Sme ? (random.NextDouble() < 0.4 ? Coverage.Channel : Coverage.Inside)
                : scale == AccountScale.Fortune500 || strategic ? Coverage.Outside
                : random.NextDouble() < 0.5 ? Coverage.Outside : Coverage.Inside;
            var owner = coverage switch
            {
                Coverage.Outside => _managers[random.Next(_managers.Length)],
                Coverage.Inside => _insideSales[random.Next(_insideSales.Length)],
                _ => random.NextDouble() < 0.5 ? _managers[random.Next(_managers.Length)] : null,
            };
            var created = Epoch.AddDays(random.Next(0, 900)).AddMinutes(random.Next(0, 24 * 60));
            var account = new Account
            {
                Name = name,
                Industry = industry,
                Region = region,
                Scale = scale,
                Employees = employees,
                MonthlyRevenue = revenue,
                MonthlyItRevenue = Math.Round(revenue * (decimal)(0.05 + random.NextDouble() * 0.30), 2),
                ProductsInUse = scale switch { AccountScale.Fortune500 => random.Next(6, 26), AccountScale.Large => random.Next(2, 13), _ => random.Next(1, 6) },
                Strategic = strategic,
                Owner = owner,
                Coverage = coverage,
                LoyaltyStage = (LoyaltyStage)random.Next(1, 6),
                Satisfaction = random.NextDouble() < 0.1 ? null : Math.Round(60 + random.NextDouble() * 40, 1),
                CreatedAt = created,
                UpdatedAt = created.AddDays(random.Next(0, 60)),
                Version = 1,
            };
            Accounts.Add(account);
            return account;
        }

        private int LogUniform(int min, int max) =>
            (int)Math.Round(Math.Exp(Math.Log(min) + random.NextDouble() * (Math.Log(max) - Math.Log(min))));
    }
}
