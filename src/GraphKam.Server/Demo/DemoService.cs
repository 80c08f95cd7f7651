using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Demo;

/// <summary>
/// What a well-run service team's year looks like, made once the accounts are graded (deadlines and intervals come from
/// each account's tier): visits and reviews on time for most accounts (a handful late, to act on), and a year of service
/// cases, most answered and resolved in time, a few late (escalated, as the sweep would have done), a few still open
/// and past their deadline.
/// A random sequence of its own keeps the rest of the demo data unchanged.
/// </summary>
internal static class DemoService
{
    private static readonly (ServiceCaseKind Kind, string Subject)[] Subjects =
    [
        (ServiceCaseKind.Request, "专线扩容申请 Line upgrade request"),
        (ServiceCaseKind.Request, "开具发票 Invoice needed"),
        (ServiceCaseKind.Request, "新增办公点接入 Connect a new office"),
        (ServiceCaseKind.Complaint, "账单有误 The bill is wrong"),
        (ServiceCaseKind.Complaint, "客户经理没有回电 The account manager did not call back"),
        (ServiceCaseKind.Incident, "专线中断 Private line down"),
        (ServiceCaseKind.Incident, "视频会议卡顿 Video conferencing stutters"),
        (ServiceCaseKind.Praise, "感谢快速恢复业务 Thanks for the quick recovery"),
    ];

    public sealed record GradedAccount(int Id, string TierCode, int TierRank, int VisitDays, int ReviewDays, int? OwnerId, string Actor,
        int? ContactId);

    public static (List<Activity> Activities, List<ServiceCase> Cases) Create(IReadOnlyList<GradedAccount> accounts,
        IReadOnlyDictionary<string, Tier> tiers, DateTime now)
    {
        var random = new Random(DemoData.RandomSeed + 8);
        var activities = new List<Activity>();
        var cases = new List<ServiceCase>();
        foreach (var account in accounts)
        {
            // Class A and B1 (rank 1–3) are kept on time nineteen times in twenty, the rest four in five.
            var onTime = account.TierRank <= 3 ? 0.95 : 0.8;
            if (random.NextDouble() < onTime) activities.Add(Contact(account, ActivityKind.Visit, account.VisitDays, random, now));
            if (random.NextDouble() < onTime) activities.Add(Contact(account, ActivityKind.Review, account.ReviewDays, random, now));
            var tier = tiers[account.TierCode];
            for (var count = random.Next(0, account.TierRank <= 2 ? 7 : 4); count > 0; count--)
                cases.Add(Case(account, tier, random, now));
        }
        return (activities, cases);
    }

    private static Activity Contact(GradedAccount account, ActivityKind kind, int intervalDays, Random random, DateTime now)
    {
        var at = now.AddDays(-random.Next(1, Math.Max(2, intervalDays * 4 / 5))).AddMinutes(-random.Next(0, 600));
        return new Activity
        {
            AccountId = account.Id,
            OwnerId = account.OwnerId,
            Type = kind,
            OccurredAt = at,
            Summary = kind == ActivityKind.Visit ? "例行拜访 Regular visit" : "关系回顾 Relationship review",
            Outcome = "按服务标准完成 Done to the service standard",
            CreatedAt = at,
        };
    }

    private static ServiceCase Case(GradedAccount account, Tier tier, Random random, DateTime now)
    {
        var (kind, subject) = Subjects[random.Next(Subjects.Length)];
        var severity = (ServiceSeverity)random.Next(1, 5);
        var opened = now.AddDays(-random.Next(1, 365)).AddMinutes(-random.Next(0, 1440));
        var (respondBy, resolveBy) = (opened.AddHours(tier.ResponseHours), opened.AddHours(tier.ResolutionTargets().For(severity)));
        var serviceCase = new ServiceCase
        {
            AccountId = account.Id,
            ContactId = account.ContactId,
            Kind = kind,
            Severity = severity,
            Channel = (ServiceChannel)random.Next(1, 7),
            Subject = subject,
            Status = ServiceCaseStatus.Open,
            TierCode = tier.Code,
            OpenedAt = opened,
            OpenedBy = account.Actor,
            RespondBy = respondBy,
            ResolveBy = resolveBy,
            UpdatedAt = opened,
            Version = 1,
        };
        Record(serviceCase, ServiceCaseChangeKind.Opened, ServiceCaseStatus.Open, opened, account.Actor,
            $"tier {tier.Code}: respond by {respondBy:u}, resolve by {resolveBy:u}");
        // One case in ten answers late, one in eight resolves late. Of the last month's cases, one in six is stuck
        // (answered, not resolved yet): the few open breaches a team has to act on today.
        var answered = Within(opened, respondBy, random.NextDouble() < 0.1, random);
        var stuck = opened > now.AddDays(-30) && random.NextDouble() < 1.0 / 6;
        var resolved = stuck ? DateTime.MaxValue : Within(answered, resolveBy, random.NextDouble() < 0.125, random);
        Escalate(serviceCase, respondBy, answered, now, "not answered by");
        if (answered <= now) Move(serviceCase, ServiceCaseStatus.Acknowledged, answered, account.Actor, "已联系客户 Called the customer");
        Escalate(serviceCase, resolveBy, resolved, now, "not resolved by");
        if (serviceCase.Status == ServiceCaseStatus.Acknowledged && resolved <= now)
            Move(serviceCase, ServiceCaseStatus.Resolved, resolved, account.Actor, "已处理 Fixed");
        if (serviceCase.Status == ServiceCaseStatus.Resolved && resolved.AddDays(3) <= now)
            Move(serviceCase, ServiceCaseStatus.Closed, resolved.AddDays(3), account.Actor, null);
        return serviceCase;
    }

    /// <summary>A moment after <paramref name="from"/>: before the deadline, or up to a day past it when late.</summary>
    private static DateTime Within(DateTime from, DateTime deadline, bool late, Random random) => late
        ? (deadline > from ? deadline : from).AddHours(1 + random.NextDouble() * 23)
        : from.AddHours(Math.Max(0.1, (deadline - from).TotalHours) * (0.1 + random.NextDouble() * 0.8));

    /// <summary>What the escalation sweep would have done: a deadline passed before the step (or before now) is escalated.</summary>
    private static void Escalate(ServiceCase serviceCase, DateTime deadline, DateTime step, DateTime now, string words)
    {
        if (deadline >= step || deadline >= now) return;
        if (serviceCase.FirstResponseAt == null && words.StartsWith("not answered", StringComparison.Ordinal))
            serviceCase.ResponseEscalatedAt = deadline;
        else serviceCase.ResolutionEscalatedAt = deadline;
        Record(serviceCase, ServiceCaseChangeKind.Escalated, serviceCase.Status, deadline, CurrentActor.System, $"{words} {deadline:u}");
    }

    private static void Move(ServiceCase serviceCase, ServiceCaseStatus to, DateTime at, string actor, string? note)
    {
        var from = serviceCase.Status;
        serviceCase.Status = to;
        if (to == ServiceCaseStatus.Acknowledged) serviceCase.FirstResponseAt = at;
        if (to == ServiceCaseStatus.Resolved) serviceCase.ResolvedAt = at;
        if (to == ServiceCaseStatus.Closed) serviceCase.ClosedAt = at;
        serviceCase.UpdatedAt = at;
        serviceCase.Version++;
        Record(serviceCase, ServiceCaseChangeKind.StatusChanged, to, at, actor, note, from);
    }

    private static void Record(ServiceCase serviceCase, ServiceCaseChangeKind kind, ServiceCaseStatus to, DateTime at, string actor,
        string? note, ServiceCaseStatus? from = null) =>
        serviceCase.History.Add(new ServiceCaseChange { Kind = kind, FromStatus = from, ToStatus = to, Note = note, ChangedAt = at, ChangedBy = actor });
}
