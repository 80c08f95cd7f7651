using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Plans;

/// <summary><c>Account.plans</c> and <c>Account.plan(year)</c>, added by the plans area (staff only).</summary>
public sealed class AccountPlanFields(TimeProvider clock) : ITypeExtension<AccountType>
{
    public void Extend(AccountType account)
    {
        account.AddConnection<Account, AccountPlan, AccountPlanType, AccountPlanFilterInput, AccountPlanSortInput>(
            "plans",
            "the account's plans, newest year first (staff only)", a => a.Plans,
            new ConnectionOptions<AccountPlan> { DefaultOrder = PlanQueries.NewestYearFirst })
            .RequireRoles(Roles.Internal);
        account.Field<AccountPlanType>("plan")
            .Description("The account's plan for a year; null when it has none (staff only).")
            .Argument<IntGraphType>("year", "The calendar year; this year (by the server's clock) when omitted.")
            .Resolve(c =>
            {
                var year = c.GetArgument<int?>("year") ?? clock.GetUtcNow().UtcDateTime.Year;
                if (year is < SalesCalendar.FirstYear or > SalesCalendar.LastYear)
                {
                    throw new CodedError("INVALID_ARGUMENT",
                        $"`year` must be from {SalesCalendar.FirstYear} to {SalesCalendar.LastYear}.");
                }
                // One statement for the accounts of a level that ask for the same year.
                var plans = c.DatabaseLoader<int, AccountPlan>((typeof(AccountPlanFields), year),
                    async (db, ids, cancellationToken) => await db.Set<AccountPlan>()
                        .Where(p => p.Year == year && ids.Contains(p.AccountId))
                        .ToDictionaryAsync(p => p.AccountId, cancellationToken));
                return plans.Load(c.Source.Id);
            })
            .Reads()
            .RequireRoles(Roles.Internal);
    }
}
