using System.ComponentModel;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Capacity;

[Description("How activity attainment rows are grouped.")]
public enum AttainmentGrouping
{
    [Description("One row per rep (the activities they own).")] Owner = 1,
    [Description("One row per sales team: outside sales (account managers) and inside sales, quotas × headcount.")] Team = 2,
}

/// <summary>One rep's or team's visits and face-to-face meetings against the quotas of the working days so far.</summary>
public sealed record AttainmentRow(string Key, User? User, Coverage? Team, int People, int Visits, int VisitQuota, int Meetings,
    int MeetingQuota)
{
    public double? VisitAttainment => VisitQuota > 0 ? (double)Visits / VisitQuota : null;
    public double? MeetingAttainment => MeetingQuota > 0 ? (double)Meetings / MeetingQuota : null;
}

public sealed record Attainment(SalesPeriod Period, AttainmentGrouping GroupBy, int WorkingDays, double Weeks,
    IReadOnlyList<AttainmentRow> Rows);

/// <summary>
/// Visits and face-to-face meetings per rep in a period, in two statements (the reps, their activities grouped by
/// owner). The quotas count the period's working days (Monday to Friday, UTC) up to and including today, so a period
/// under way is judged on its days so far. A VISIT is on-site and a MEETING may be: both count as face-to-face
/// meetings (the record does not say whether a meeting was remote); visits alone count against the daily quota.
/// </summary>
public static class ActivityAttainment
{
    public static async Task<Attainment> ReadAsync(GraphKamDbContext db, CapacityOptions options, SalesPeriod period,
        AttainmentGrouping groupBy, DateTime now, CancellationToken cancellationToken)
    {
        var reps = await Reps.Of(db, null, null).ToListAsync(cancellationToken);
        var (start, end) = (period.Start, period.End);
        var counts = await db.Activities.Where(a => a.OccurredAt >= start && a.OccurredAt < end && a.OwnerId != null)
            .GroupBy(a => a.OwnerId!.Value)
            .Select(g => new
            {
                OwnerId = g.Key,
                Visits = g.Count(a => a.Type == ActivityKind.Visit),
                Meetings = g.Count(a => a.Type == ActivityKind.Visit || a.Type == ActivityKind.Meeting),
            }).ToDictionaryAsync(c => c.OwnerId, cancellationToken);

        var days = WorkingDays(start, end, now);
        var (visitQuota, meetingQuota) = (days * options.VisitsPerDay, days * options.MeetingsPerWeek / 5);
        var perRep = reps.Select(rep =>
        {
            var done = counts.GetValueOrDefault(rep.Id);
            return new AttainmentRow(rep.Name, rep, Reps.CoverageOf(rep), 1, done?.Visits ?? 0, visitQuota, done?.Meetings ?? 0,
                meetingQuota);
        }).ToList();
        var rows = groupBy == AttainmentGrouping.Owner
            ? [.. perRep.OrderBy(r => r.Key, StringComparer.Ordinal)]
            : perRep.GroupBy(r => r.Team!.Value).OrderBy(g => g.Key).Select(g => new AttainmentRow(
                g.Key.ToString().ToUpperInvariant(), null, g.Key, g.Count(), g.Sum(r => r.Visits), g.Sum(r => r.VisitQuota),
                g.Sum(r => r.Meetings), g.Sum(r => r.MeetingQuota))).ToList();
        return new Attainment(period, groupBy, days, days / 5.0, rows);
    }

    /// <summary>Monday-to-Friday days of [start, end) that have begun by <paramref name="now"/>.</summary>
    public static int WorkingDays(DateTime start, DateTime end, DateTime now)
    {
        var days = 0;
        for (var day = start.Date; day < end && day <= now; day = day.AddDays(1))
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days++;
        return days;
    }
}
