using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Activities;

/// <summary>
/// Where an account stands against its tier's service standard (default policy): when it was last visited, when the
/// next visit is due, and how many days overdue it is. Identified by its account's ID, so that lists of it page.
/// </summary>
public sealed class ServiceStatus : IEntity
{
    public int Id { get; set; }
    public Account Account { get; set; } = null!;
    public DateTime? LastVisitAt { get; set; }
    public int? VisitIntervalDays { get; set; }
    public DateTime? NextVisitDue { get; set; }
    public int OverdueDays { get; set; }
}

public static class ServiceCompliance
{
    /// <summary>
    /// Every active account's service status as of <paramref name="now"/>, computed in SQL (so that it filters, sorts and
    /// pages in the database): the next visit is due one visit interval after the last visit (or after the account was
    /// created, if never visited); visits after <paramref name="now"/> do not count.
    /// </summary>
    public static IQueryable<ServiceStatus> Query(DbContext db, DateTime now) => db.Set<Account>()
        .Where(a => a.ArchivedAt == null)
        .Select(a => new
        {
            Account = a,
            LastVisitAt = a.Activities.Where(x => x.Type == ActivityKind.Visit && x.OccurredAt <= now).Max(x => (DateTime?)x.OccurredAt),
            Interval = a.Tiers.Where(t => t.Policy!.IsDefault).Select(t => (int?)t.VisitIntervalDays).FirstOrDefault(),
        })
        .Select(r => new { r.Account, r.LastVisitAt, r.Interval, Due = r.Interval == null ? null : (DateTime?)(r.LastVisitAt ?? r.Account.CreatedAt).AddDays(r.Interval.Value) })
        .Select(r => new ServiceStatus
        {
            Id = r.Account.Id,
            Account = r.Account,
            LastVisitAt = r.LastVisitAt,
            VisitIntervalDays = r.Interval,
            NextVisitDue = r.Due,
            OverdueDays = r.Due == null ? 0 : Math.Max(0, SqlDates.DaysBetween(r.Due.Value, now)),
        });
}
