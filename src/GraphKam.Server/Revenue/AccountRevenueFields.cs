using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Revenue;

/// <summary><c>Account.revenueHistory</c>: the account's months, for the company's staff.</summary>
public sealed class AccountRevenueFields(TimeProvider clock) : ITypeExtension<AccountType>
{
    public void Extend(AccountType account) =>
        account.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevenueMonthType>>>>("revenueHistory")
            .Description("The account's revenue by month, oldest first (months not recorded are left out; staff only).")
            .Argument<StringGraphType>("from", "The first month, e.g. 2025-01; 23 months before `to` when omitted.")
            .Argument<StringGraphType>("to", "The last month, e.g. 2026-11; the current month when omitted.")
            .Resolve(c =>
            {
                var (from, to) = MonthRange.Parse(c.GetArgument<string?>("from"), c.GetArgument<string?>("to"),
                    clock.GetUtcNow().UtcDateTime, 24);
                return Months(c, from, to).Load(c.Source.Id).Then(rows => rows ?? []);
            })
            .Reads()
            .FieldType.RequireRoles(Roles.Internal);

    /// <summary>The months of every account of a level, in one statement.</summary>
    private static BatchLoader<int, List<RevenueMonth>> Months(IResolveFieldContext context, int from, int to) =>
        context.DatabaseLoader<int, List<RevenueMonth>>((typeof(AccountRevenueFields), from, to), async (db, ids, cancellationToken) =>
            (await RevenueHistory.ReadAsync(db, ids, from, to, cancellationToken))
                .GroupBy(m => m.AccountId).ToDictionary(g => g.Key, g => g.ToList()));
}
