using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Revenue;

/// <summary>
/// <c>recordRevenue</c>: one month's revenue of an account (a new month, or a correction of one), after which the
/// account's figures follow its history and it is regraded. Whether the caller may is the record's write rule (the
/// account's owner, managers), checked when it is saved. Imports call it row by row.
/// </summary>
public static class RecordRevenue
{
    public static readonly Type[] Errors =
    [
        typeof(InvalidIdError), typeof(AccountNotFoundError), typeof(AccountArchivedError), typeof(InvalidMonthError),
        typeof(MonthInFutureError), typeof(OutOfRangeError),
    ];

    public static async Task<Payload> HandleAsync(RecordRevenueInput input, MutationScope scope, RevenueFigures figures)
    {
        var errors = Check(input, scope.Now, out var month);
        if (errors.Count > 0) return Payload.Failure(errors);
        var (account, missing) = await AccountLookup.ForChangeAsync(scope, input.AccountId, "accountId");
        if (account == null) return Payload.Failure(missing!);
        if (account.ArchivedAt != null) return Payload.Failure(new AccountArchivedError(input.AccountId));

        var record = await scope.Db.RevenueRecords.AsTracking()
            .FirstOrDefaultAsync(r => r.AccountId == account.Id && r.Month == month, scope.CancellationToken);
        if (record == null) scope.Db.RevenueRecords.Add(record = new RevenueRecord { AccountId = account.Id, Month = month });
        (record.Revenue, record.ItRevenue) = (Money.Round(input.Revenue), Money.Round(input.ItRevenue));
        (record.RecordedAt, record.RecordedBy) = (scope.Now, scope.Actor);
        record.Version++;
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        await figures.RecomputeAsync(scope, account);
        return Payload.Success(record);
    }

    /// <summary>What is wrong with the input itself, before anything is read (an import's dry run checks this too).</summary>
    public static List<MutationError> Check(RecordRevenueInput input, DateTime now, out int month)
    {
        var errors = new List<MutationError>();
        month = MonthCheck.Parse(input.Month, "month", errors) ?? 0;
        if (month > SalesMonth.Of(now) && errors.Count == 0)
            errors.Add(new MonthInFutureError("month", SalesMonth.Format(month), SalesMonth.Format(SalesMonth.Of(now))));
        foreach (var (field, value) in new[] { ("revenue", input.Revenue), ("itRevenue", input.ItRevenue) })
            if (Money.Round(value) is < 0 or > Money.Max) errors.Add(new OutOfRangeError(field, 0, Money.MaxQuoted, (double)value));
        return errors;
    }
}
