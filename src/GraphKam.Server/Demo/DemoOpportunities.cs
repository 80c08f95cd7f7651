using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;

namespace GraphKam.Server.Demo;

/// <summary>
/// Opportunities for the demo accounts over the 18 months before <c>now</c>, each walked through the funnel stage by
/// stage: it stays a while, then moves on or is lost, with the odds below; deals still inside their current stage at
/// <c>now</c> stay open. Stage histories are therefore realistic, and conversion and velocity mean something.
/// </summary>
internal static class DemoOpportunities
{
    /// <summary>Chance of moving on from each open stage (the last one: of winning).</summary>
    private static readonly double[] MoveOn = [0.85, 0.85, 0.80, 0.75, 0.80, 0.90];

    private static readonly string[] LossReasons =
    [
        "价格过高 Price too high", "竞争对手关系更好 Competitor had the better relationship", "预算取消 Budget cancelled",
        "技术方案不满足 Technical fit not met", "决策人变更 Decision maker changed",
    ];

    private static readonly string[] Deals =
    [
        "云专线扩容 Cloud private-line upgrade", "视频会议系统 Video conferencing", "数据中心托管 Data-centre hosting", "物联网平台 IoT platform",
        "集团短信平台 Group SMS platform", "5G专网 5G private network", "网络安全服务 Security services", "移动办公 Mobile office suite",
    ];

    /// <param name="servedBy">The partner serving each channel account: small deals there are theirs.</param>
    public static void AddTo(IReadOnlyList<Account> accounts, IReadOnlyList<User> users, IReadOnlyList<FunnelStage> stages, DateTime now,
        IReadOnlyDictionary<Account, Distributor> servedBy)
    {
        var random = new Random(DemoData.RandomSeed + 3);
        var open = stages.Where(s => !s.IsClosed).OrderBy(s => s.Order).ToList();
        var (won, lost) = (stages.First(s => s.IsWon), stages.First(s => s.IsClosed && !s.IsWon));
        var managers = users.Where(u => u.Role == UserRole.AccountManager).ToArray();
        foreach (var account in accounts)
        {
            var count = account.Scale switch { AccountScale.Fortune500 => random.Next(20, 41), AccountScale.Large => random.Next(6, 15), _ => random.Next(1, 5) };
            for (var i = 0; i < count; i++)
                account.Opportunities.Add(Walk(account, random, open, won, lost, now, account.Owner ?? managers[random.Next(managers.Length)],
                    servedBy.GetValueOrDefault(account)));
        }
    }

    private static Opportunity Walk(Account account, Random random, List<FunnelStage> open, FunnelStage won, FunnelStage lost, DateTime now, User owner,
        Distributor? partner)
    {
        var (low, high) = account.Scale switch { AccountScale.Fortune500 => (300_000, 20_000_000), AccountScale.Large => (50_000, 3_000_000), _ => (5_000, 300_000) };
        var amount = Math.Round((decimal)Math.Exp(Math.Log(low) + random.NextDouble() * (Math.Log(high) - Math.Log(low))) / 100) * 100; // whole hundreds of yuan
        var created = now.AddDays(-random.Next(1, 540)).AddMinutes(-random.Next(0, 600));
        var opportunity = new Opportunity
        {
            Name = Deals[random.Next(Deals.Length)],
            Amount = amount,
            Owner = owner,
            CreatedAt = created,
            Version = 1,
            ExpectedCloseDate = created.AddDays(random.Next(60, 240)).Date,
            Route = amount >= 1_000_000m ? SalesRoute.Outside : partner != null ? SalesRoute.Channel : SalesRoute.Inside,
        };
        if (opportunity.Route == SalesRoute.Channel) opportunity.Distributor = partner;
        var people = account.Contacts.Where(c => c.BuyingRole != BuyingRole.Other).OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
        opportunity.ContactRoles = people.Select((c, n) => new OpportunityContact { Contact = c, Role = c.BuyingRole, IsPrimary = n == 0 }).ToList();

        var (stage, at) = (open[0], created);
        opportunity.StageChanges.Add(new StageChange { ToStageId = stage.Id, ChangedAt = at, ChangedBy = owner.Email, Note = "created" });
        opportunity.FurthestStageOrder = stage.Order;
        for (var index = 0; ; index++)
        {
            var leaves = at.AddDays(random.Next(5, 20 + 10 * index)).AddMinutes(random.Next(0, 600));
            if (leaves > now) break; // still in this stage today
            var next = random.NextDouble() < MoveOn[index] ? (index + 1 < open.Count ? open[index + 1] : won) : lost;
            opportunity.StageChanges[^1].LeftAt = leaves;
            opportunity.StageChanges.Add(new StageChange { FromStageId = stage.Id, ToStageId = next.Id, ChangedAt = leaves, ChangedBy = owner.Email });
            opportunity.FurthestStageOrder = FunnelRules.Furthest(opportunity.FurthestStageOrder, next);
            (stage, at) = (next, leaves);
            if (next.IsClosed) break;
        }
        opportunity.StageId = stage.Id;
        opportunity.StageEnteredAt = at;
        opportunity.Probability = stage.DefaultProbability;
        opportunity.WeightedAmount = Money.Round(amount * (decimal)stage.DefaultProbability);
        if (stage.IsClosed)
        {
            opportunity.Status = stage.IsWon ? OpportunityStatus.Won : OpportunityStatus.Lost;
            opportunity.ClosedAt = at;
            opportunity.LossReason = stage.IsWon ? null : LossReasons[random.Next(LossReasons.Length)];
        }
        return opportunity;
    }

    /// <summary>Quarterly targets for every account manager, and a company target, for the four quarters up to <c>now</c>'s.</summary>
    public static List<SalesTarget> Targets(IReadOnlyList<User> users, DateTime now)
    {
        var random = new Random(DemoData.RandomSeed + 4);
        var targets = new List<SalesTarget>();
        for (var back = 3; back >= 0; back--)
        {
            var quarterStart = new DateTime(now.Year, 3 * ((now.Month - 1) / 3) + 1, 1).AddMonths(-3 * back);
            var period = $"{quarterStart.Year}-Q{(quarterStart.Month + 2) / 3}";
            foreach (var manager in users.Where(u => u.Role == UserRole.AccountManager))
                targets.Add(new SalesTarget { Owner = manager, Period = period, Amount = random.Next(30, 90) * 1_000_000m, UpdatedAt = now });
            targets.Add(new SalesTarget { Period = period, Amount = 400_000_000m, UpdatedAt = now });
        }
        return targets;
    }
}
