using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Revenue;

/// <summary>
/// Keeps an account's <c>monthlyRevenue</c> and <c>monthlyItRevenue</c> (what tier grading, filters and sorts read) on
/// its revenue history: the latest recorded month, or the average of the trailing months configured. An account with
/// no history keeps the figures entered on it.
/// </summary>
public sealed class RevenueFigures(IOptions<RevenueOptions> options, AccountChanges changes)
{
    /// <summary>The figures the account's history gives; null without history.</summary>
    public async Task<(decimal Revenue, decimal ItRevenue)?> FromHistoryAsync(GraphKamDbContext db, int accountId,
        CancellationToken cancellationToken)
    {
        var history = db.RevenueRecords.Where(r => r.AccountId == accountId);
        var latest = await history.MaxAsync(r => (int?)r.Month, cancellationToken);
        if (latest is not { } last) return null;
        // Months without a record are unknown, not zero: the average is over the months recorded.
        var window = await history.Where(r => r.Month > last - options.Value.TrailingMonths)
            .Select(r => new { r.Revenue, r.ItRevenue }).ToListAsync(cancellationToken);
        return (Money.Round(window.Average(r => r.Revenue)), Money.Round(window.Average(r => r.ItRevenue)));
    }

    /// <summary>
    /// After a record of the account was saved: stores the figures its history gives and, when they changed, regrades it
    /// as <c>updateAccount</c> does, in the mutation's transaction (a derived save: <see cref="AccountChanges.SaveDerivedAsync"/>).
    /// </summary>
    public async Task RecomputeAsync(MutationScope scope, Account account)
    {
        if (await FromHistoryAsync(scope.Db, account.Id, scope.CancellationToken) is not { } figures) return;
        if (figures == (account.MonthlyRevenue, account.MonthlyItRevenue)) return;
        (account.MonthlyRevenue, account.MonthlyItRevenue) = figures;
        await changes.SaveDerivedAsync(scope, account, "revenue history changed");
    }
}
