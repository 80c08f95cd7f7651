using GraphKam.Server.Data;

namespace GraphKam.Server.Demo;

/// <summary>
/// Each account's loyalty history, from the stage it was created at up to the stage it holds: one step at a time, and
/// for some a stage reached and lost again. A random sequence of its own keeps everything else unchanged.
/// </summary>
internal static class DemoLoyalty
{
    private static readonly Dictionary<LoyaltyStage, string> Up = new()
    {
        [LoyaltyStage.Expectation] = "首次洽谈 First talks: they asked for a proposal",
        [LoyaltyStage.FirstPurchase] = "首单签约 First order signed",
        [LoyaltyStage.RepeatPurchase] = "续约并扩容 Renewed and ordered more",
        [LoyaltyStage.Advocate] = "主动推荐我们 Recommended us to their peers",
    };

    public static void AddTo(IReadOnlyList<Account> accounts, DateTime now)
    {
        var random = new Random(DemoData.RandomSeed + 7);
        foreach (var account in accounts)
        {
            var current = account.LoyaltyStage;
            var start = (LoyaltyStage)Math.Max(1, (int)current - random.Next(0, 4));
            // One account in eight reached the stage above and fell back, lately.
            var fell = current < LoyaltyStage.Advocate && random.NextDouble() < 1.0 / 8;
            var path = new List<LoyaltyStage> { start };
            while (path[^1] < current) path.Add(path[^1] + 1);
            if (fell) path.AddRange([current + 1, current]);
            var by = account.Owner?.Email ?? "system";
            var at = account.CreatedAt;
            for (var i = 0; i < path.Count; i++)
            {
                if (i > 0) at = at.AddDays(random.NextDouble() * (now - at).TotalDays * (i == path.Count - 1 ? 0.9 : 0.5));
                account.LoyaltyChanges.Add(new LoyaltyStageChange
                {
                    FromStage = i == 0 ? null : path[i - 1],
                    ToStage = path[i],
                    Reason = i == 0 ? "账户建立 Account opened" : path[i] > path[i - 1] ? Up[path[i]] : "投诉未解决 Unresolved complaints",
                    ChangedAt = at,
                    ChangedBy = by,
                });
            }
        }
    }
}
