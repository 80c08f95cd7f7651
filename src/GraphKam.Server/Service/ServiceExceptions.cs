using System.Linq.Expressions;
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
    /// <summary>When a status breaks each kind: the one definition both the SQL list and a status's own kinds use.</summary>
    private static readonly Dictionary<ServiceExceptionKind, Expression<Func<ServiceStatus, bool>>> Breaks = new()
    {
        [ServiceExceptionKind.VisitOverdue] = s => s.OverdueDays > 0,
        [ServiceExceptionKind.ReviewOverdue] = s => s.ReviewOverdueDays > 0,
        [ServiceExceptionKind.SlaBreached] = s => s.BreachedCases > 0,
        [ServiceExceptionKind.NoDedicatedManager] = s => s.DedicatedManagerMissing,
    };

    private static readonly Dictionary<ServiceExceptionKind, Func<ServiceStatus, bool>> BreaksInMemory =
        Breaks.ToDictionary(kind => kind.Key, kind => kind.Value.Compile());

    /// <summary>
    /// Every exception of every active account as of <paramref name="now"/>: one statement, a union of one select per
    /// kind over the service status, so that filters, sorts and paging stay in SQL.
    /// </summary>
    public static IQueryable<ServiceExceptionEntry> Query(DbContext db, DateTime now)
    {
        var status = ServiceCompliance.Query(db, now).AsDerivedTable();
        var rows = status.Where(Breaks[ServiceExceptionKind.VisitOverdue]).Select(s => new Row
        {
            Id = s.Id * 8 + (int)ServiceExceptionKind.VisitOverdue,
            AccountId = s.Id,
            Kind = ServiceExceptionKind.VisitOverdue,
            Since = s.NextVisitDue,
            OverdueDays = s.OverdueDays,
            Count = 1,
        }).Concat(status.Where(Breaks[ServiceExceptionKind.ReviewOverdue]).Select(s => new Row
        {
            Id = s.Id * 8 + (int)ServiceExceptionKind.ReviewOverdue,
            AccountId = s.Id,
            Kind = ServiceExceptionKind.ReviewOverdue,
            Since = s.NextReviewDue,
            OverdueDays = s.ReviewOverdueDays,
            Count = 1,
        })).Concat(status.Where(Breaks[ServiceExceptionKind.SlaBreached]).Select(s => new Row
        {
            Id = s.Id * 8 + (int)ServiceExceptionKind.SlaBreached,
            AccountId = s.Id,
            Kind = ServiceExceptionKind.SlaBreached,
            Since = s.FirstMissedDeadline,
            OverdueDays = Math.Max(0, SqlDates.DaysBetween(s.FirstMissedDeadline!.Value, now)),
            Count = s.BreachedCases,
        })).Concat(status.Where(Breaks[ServiceExceptionKind.NoDedicatedManager]).Select(s => new Row
        {
            Id = s.Id * 8 + (int)ServiceExceptionKind.NoDedicatedManager,
            AccountId = s.Id,
            Kind = ServiceExceptionKind.NoDedicatedManager,
            Since = null,
            OverdueDays = 0,
            Count = 1,
        }));
        // The account is joined after the union: EF Core cannot follow an entity's navigations (its tier, its owner) out
        // of a set operation, and `where: { account: … }` needs them.
        return rows.Join(db.Set<Account>(), r => r.AccountId, a => a.Id, (r, a) => new ServiceExceptionEntry
        {
            Id = r.Id,
            Kind = r.Kind,
            Account = a,
            Since = r.Since,
            OverdueDays = r.OverdueDays,
            Count = r.Count,
        });
    }

    /// <summary>One exception before its account is joined.</summary>
    private sealed class Row
    {
        public int Id { get; init; }
        public int AccountId { get; init; }
        public ServiceExceptionKind Kind { get; init; }
        public DateTime? Since { get; init; }
        public int OverdueDays { get; init; }
        public int Count { get; init; }
    }

    /// <summary>The kinds one status breaks, in the order of the enum.</summary>
    public static IReadOnlyList<ServiceExceptionKind> KindsOf(ServiceStatus s)
        => [.. Enum.GetValues<ServiceExceptionKind>().Where(kind => BreaksInMemory[kind](s))];
}
