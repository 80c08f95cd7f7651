using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Demo;

/// <summary>
/// What a well-run service team's year looks like, made once the accounts are graded (deadlines and intervals come from
/// each account's tier): visits and reviews on time for most accounts (a handful late, to act on), and a year of service
/// cases, most answered and resolved in time, a few late (escalated, as the sweep would have done), a few still open
/// and past their deadline. Everything happens within each account's life, each case's steps in order.
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

    public sealed record GradedAccount(int Id, string TierCode, int TierRank, int VisitDays, int ReviewDays, int? OwnerId,
        string Actor, int? ContactId, DateTime CreatedAt);

    public static (List<Activity> Activities, List<ServiceCase> Cases) Create(IReadOnlyList<GradedAccount> accounts,
        IReadOnlyDictionary<string, Tier> tiers, DateTime now)
    {
        var random = new Random(DemoData.RandomSeed + 8);
        var activities = new List<Activity>();
        var cases = new List<ServiceCase>();
        foreach (var account in accounts)
        {
            // Class A and B1 (rank 1–3) are kept on time nineteen times in twenty, the rest four in five; the others
            // are late by days or weeks, not years.
            var onTime = account.TierRank <= 3 ? 0.95 : 0.8;
            activities.Add(Contact(account, ActivityKind.Visit, account.VisitDays, random.NextDouble() < onTime, random, now));
            activities.Add(Contact(account, ActivityKind.Review, account.ReviewDays, random.NextDouble() < onTime, random, now));
            var tier = tiers[account.TierCode];
            for (var count = random.Next(0, account.TierRank <= 2 ? 7 : 4); count > 0; count--)
                cases.Add(Case(account, tier, random, now));
        }
        return (activities, cases);
    }

    private static Activity Contact(GradedAccount account, ActivityKind kind, int intervalDays, bool onTime, Random random,
        DateTime now)
    {
        var daysAgo = onTime ? random.Next(1, Math.Max(2, intervalDays * 4 / 5)) : intervalDays + random.Next(3, 45);
        var at = DemoTimes.InLife(now.AddDays(-daysAgo).AddMinutes(-random.Next(0, 600)), account.CreatedAt, now);
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
        // Thanks are filed as low-severity cases: answered, never urgent.
        var severity = kind == ServiceCaseKind.Praise ? ServiceSeverity.Low : (ServiceSeverity)random.Next(1, 5);
        var opened = DemoTimes.InLife(now.AddDays(-random.Next(1, 365)).AddMinutes(-random.Next(0, 1440)), account.CreatedAt, now);
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
            OwnerId = account.OwnerId,
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
        // One case in thirty answers late, one in twenty-five resolves late. Of the last three weeks' cases (not thanks),
        // one in five is stuck, answered but not resolved: the few open breaches a team has to act on today.
        var answered = Within(opened, respondBy, random.NextDouble() < 1.0 / 30, random);
        var stuck = kind != ServiceCaseKind.Praise && opened > now.AddDays(-21) && random.NextDouble() < 0.2;
        var resolved = stuck ? DateTime.MaxValue : Within(answered, resolveBy, random.NextDouble() < 0.04, random);
        var closed = resolved == DateTime.MaxValue ? resolved : resolved.AddDays(3);
        // Each step in the order it happened, escalations included (as the sweep would have stamped them).
        var steps = new List<(DateTime At, Action Apply)>
        {
            (answered, () => Move(serviceCase, ServiceCaseStatus.Acknowledged, answered, account.Actor, "已联系客户 Called the customer")),
            (resolved, () => Move(serviceCase, ServiceCaseStatus.Resolved, resolved, account.Actor, "已处理 Fixed")),
            (closed, () => Move(serviceCase, ServiceCaseStatus.Closed, closed, account.Actor, null)),
        };
        if (respondBy < answered) steps.Add((respondBy, () => Escalate(serviceCase, respondBy, response: true)));
        if (resolveBy < resolved) steps.Add((resolveBy, () => Escalate(serviceCase, resolveBy, response: false)));
        foreach (var (_, apply) in steps.Where(s => s.At <= now).OrderBy(s => s.At)) apply();
        return serviceCase;
    }

    /// <summary>A moment after <paramref name="from"/>: before the deadline, or up to a day past it when late.</summary>
    private static DateTime Within(DateTime from, DateTime deadline, bool late, Random random) => late
        ? (deadline > from ? deadline : from).AddHours(1 + random.NextDouble() * 23)
        : from.AddHours(Math.Max(0.1, (deadline - from).TotalHours) * (0.1 + random.NextDouble() * 0.8));

    /// <summary>What the escalation sweep does when a deadline passes: stamps the case and records it.</summary>
    private static void Escalate(ServiceCase serviceCase, DateTime deadline, bool response)
    {
        if (response) serviceCase.ResponseEscalatedAt = deadline;
        else serviceCase.ResolutionEscalatedAt = deadline;
        Record(serviceCase, ServiceCaseChangeKind.Escalated, serviceCase.Status, deadline, CurrentActor.System,
            $"{(response ? "not answered by" : "not resolved by")} {deadline:u}");
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
