using GraphKam.Server.Data;

namespace GraphKam.Server.Demo;

/// <summary>
/// This year's account plans for most class A accounts: objectives against the account's own figures, needs and
/// pains of its industry, competitors, the decision process with the account's contacts, white space and risks; then
/// the monthly reviews since the plan came into force. Most plans are reviewed on time, some have slipped a month or
/// two (so <c>plansDueForReview</c> has a story) and a few are still drafts. Made after the accounts are saved: the
/// decision steps name contacts by their keys.
/// </summary>
public static class DemoPlans
{
    private static readonly string[] Needs =
        ["Cloud migration of core systems", "Private 5G network for sites", "Unified video conferencing",
            "Data centre capacity", "Secure links between branches", "IoT for field equipment"];

    private static readonly string[] Pains =
        ["Outages at branch offices", "Slow response from the current supplier", "Rising telecom costs",
            "Data security audits", "Fragmented contracts across provinces"];

    private static readonly string[] Competitors = ["China Unicom", "Alibaba Cloud", "Tencent Cloud", "Inspur", "H3C"];

    private static readonly string[] WhiteSpace =
        ["Mobile cloud (移动云)", "5G private network (5G专网)", "IDC hosting", "SD-WAN", "Cloud video (云视讯)", "IoT platform"];

    private static readonly string[] Steps =
        ["Needs confirmed by the IT department", "Technical evaluation", "Budget approval", "Tender (招标)",
            "Contract signed by the leadership"];

    public static List<AccountPlan> Create(IReadOnlyList<(Account Account, int Rank)> classA,
        IReadOnlyList<AccountTeamMember> members, DateTime now)
    {
        var random = new Random(DemoData.RandomSeed + 20);
        var plans = new List<AccountPlan>();
        var teams = members.ToLookup(m => m.Account, m => m.User!.Id);
        foreach (var (account, rank) in classA)
        {
            // Most class A accounts have a plan; every A1 does.
            if (rank > 1 && random.NextDouble() < 0.2) continue;
            var team = teams[account].Prepend(account.OwnerId ?? 0).Where(id => id != 0).Distinct().ToList();
            plans.Add(Plan(account, team, random, now));
        }
        return plans;
    }

    private static AccountPlan Plan(Account account, List<int> team, Random random, DateTime now)
    {
        var yearStart = new DateTime(now.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var created = (account.CreatedAt > yearStart ? account.CreatedAt : yearStart).AddDays(random.Next(0, 20));
        if (created >= now) created = now.AddDays(-1);
        var by = account.Owner?.Email ?? "system";
        var plan = new AccountPlan
        {
            Account = account,
            Year = now.Year,
            Status = AccountPlanStatus.Draft,
            Summary = $"Grow {account.Name} as a key account: more products in use, revenue up, service at the tier's standard.",
            Objectives = Objectives(account, random, now),
            Needs = Pick(Needs, random, 2, 3),
            PainPoints = Pick(Pains, random, 1, 2),
            Competitors = [.. Pick(Competitors, random, 1, 3).Select(name => new PlanCompetitor(name,
                (CompetitivePosition)random.Next(1, 4), Pick(WhiteSpace, random, 1, 2), null))],
            DecisionSteps = Decisions(account, random),
            WhiteSpace = Pick(WhiteSpace, random, 2, 3),
            Risks = [new("A competitor undercuts the renewal price", "Bundle products before the tender"),
                new("Key sponsor changes role", "Build relations with two more decision makers")],
            CreatedAt = created,
            CreatedBy = by,
            UpdatedAt = created,
            Version = 1,
        };
        // One plan in ten is still being written.
        if (random.NextDouble() < 0.1) return plan;
        plan.Status = AccountPlanStatus.Active;
        plan.ActivatedAt = created.AddDays(random.Next(3, 15));
        if (plan.ActivatedAt >= now) plan.ActivatedAt = created;
        AddReviews(plan, team, random, now, by);
        plan.UpdatedAt = plan.LastReviewedAt ?? plan.ActivatedAt.Value;
        plan.Version = 2 + plan.Reviews.Count;
        return plan;
    }

    /// <summary>Monthly reviews from the activation on; one plan in five stopped being reviewed a month or two ago.</summary>
    private static void AddReviews(AccountPlan plan, List<int> team, Random random, DateTime now, string by)
    {
        var stopsBefore = random.NextDouble() < 0.2 ? now.AddDays(-random.Next(35, 70)) : now;
        var contacts = plan.DecisionSteps.SelectMany(s => s.ContactIds).Distinct().Take(2).ToList();
        for (var at = plan.ActivatedAt!.Value.AddDays(random.Next(25, 33)); at < stopsBefore; at = at.AddDays(random.Next(25, 33)))
        {
            plan.Reviews.Add(new PlanReview
            {
                ReviewedAt = at,
                UserIds = team,
                ContactIds = contacts,
                Changes = random.NextDouble() < 0.5 ? "Objectives on track; progress updated" : "Competitor moved: position revised",
                NextSteps = "Visit the decision makers before the next review",
                RecordedAt = at,
                RecordedBy = by,
            });
            plan.LastReviewedAt = at;
            plan.Status = AccountPlanStatus.Reviewed;
        }
    }

    private static List<PlanObjective> Objectives(Account account, Random random, DateTime now)
    {
        var due = new DateTime(now.Year, 12, 31, 0, 0, 0, DateTimeKind.Utc);
        var revenue = (double)account.MonthlyRevenue;
        return
        [
            new("Monthly revenue (yuan)", Math.Round(revenue * 1.15), Math.Round(revenue * (0.95 + random.NextDouble() * 0.2)),
                due, "Fifteen percent more than at the start of the year"),
            new("Products in use", account.ProductsInUse + 3, account.ProductsInUse + random.Next(0, 4), due, null),
            new("Satisfaction", 90, account.Satisfaction ?? 80, due, "The satisfaction target of the service standard"),
        ];
    }

    /// <summary>The decision process, each step with one or two of the account's contacts (when it has any).</summary>
    private static List<DecisionStep> Decisions(Account account, Random random)
    {
        var contacts = account.Contacts.Select(c => c.Id).ToList();
        return [.. Steps.Select(step => new DecisionStep(step,
            contacts.Count == 0 ? [] : [.. contacts.OrderBy(_ => random.Next()).Take(random.Next(1, 3))], null))];
    }

    private static List<string> Pick(string[] items, Random random, int min, int max) =>
        [.. items.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1))];
}
