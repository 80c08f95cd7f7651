using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Service;

/// <summary>
/// One way one account breaks its tier's service standard. Identified by account and kind, so that lists of them
/// page; an account breaking the standard in two ways is two rows.
/// </summary>
public sealed class ServiceExceptionEntry : IEntity
{
    public int Id { get; set; }
    public ServiceExceptionKind Kind { get; set; }
    public Account Account { get; set; } = null!;

    /// <summary>Since when: the missed due date or deadline; null for a missing dedicated manager.</summary>
    public DateTime? Since { get; set; }
    public int OverdueDays { get; set; }

    /// <summary>How many cases breach (SLA_BREACHED); otherwise 1.</summary>
    public int Count { get; set; }
}

public static class ServiceExceptions
{
    /// <summary>
    /// Every exception of every active account as of <paramref name="now"/>: one statement, a union of one select per
    /// kind over the service status, so that filters, sorts and paging stay in SQL.
    /// </summary>
    public static IQueryable<ServiceExceptionEntry> Query(DbContext db, DateTime now)
    {
        var status = ServiceCompliance.Query(db, now).AsDerivedTable();
        return status.Where(s => s.OverdueDays > 0).Select(s => new ServiceExceptionEntry
        {
            Id = s.Id * 8 + (int)ServiceExceptionKind.VisitOverdue,
            Kind = ServiceExceptionKind.VisitOverdue,
            Account = s.Account,
            Since = s.NextVisitDue,
            OverdueDays = s.OverdueDays,
            Count = 1,
        }).Concat(status.Where(s => s.ReviewOverdueDays > 0).Select(s => new ServiceExceptionEntry
        {
            Id = s.Id * 8 + (int)ServiceExceptionKind.ReviewOverdue,
            Kind = ServiceExceptionKind.ReviewOverdue,
            Account = s.Account,
            Since = s.NextReviewDue,
            OverdueDays = s.ReviewOverdueDays,
            Count = 1,
        })).Concat(status.Where(s => s.BreachedCases > 0).Select(s => new ServiceExceptionEntry
        {
            Id = s.Id * 8 + (int)ServiceExceptionKind.SlaBreached,
            Kind = ServiceExceptionKind.SlaBreached,
            Account = s.Account,
            Since = s.FirstMissedDeadline,
            OverdueDays = Math.Max(0, SqlDates.DaysBetween(s.FirstMissedDeadline!.Value, now)),
            Count = s.BreachedCases,
        })).Concat(status.Where(s => s.DedicatedManagerMissing).Select(s => new ServiceExceptionEntry
        {
            Id = s.Id * 8 + (int)ServiceExceptionKind.NoDedicatedManager,
            Kind = ServiceExceptionKind.NoDedicatedManager,
            Account = s.Account,
            Since = null,
            OverdueDays = 0,
            Count = 1,
        }));
    }

    /// <summary>The kinds one status breaks, in the order of the enum.</summary>
    public static IReadOnlyList<ServiceExceptionKind> KindsOf(ServiceStatus s)
    {
        var kinds = new List<ServiceExceptionKind>();
        if (s.OverdueDays > 0) kinds.Add(ServiceExceptionKind.VisitOverdue);
        if (s.ReviewOverdueDays > 0) kinds.Add(ServiceExceptionKind.ReviewOverdue);
        if (s.BreachedCases > 0) kinds.Add(ServiceExceptionKind.SlaBreached);
        if (s.DedicatedManagerMissing) kinds.Add(ServiceExceptionKind.NoDedicatedManager);
        return kinds;
    }
}
