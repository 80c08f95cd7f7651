using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Service;

/// <summary><c>Account.satisfactionHistory</c>: the account's surveys month by month, for the company's staff.</summary>
public sealed class AccountSatisfactionFields(TimeProvider clock) : ITypeExtension<AccountType>
{
    public void Extend(AccountType account) =>
        account.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SatisfactionMonthType>>>>("satisfactionHistory")
            .Description("The account's satisfaction surveys per calendar month (UTC), oldest first, each month from `from`'s to "
                + "`to`'s (staff only).")
            .Argument<DateTimeGraphType>("from", "The first instant counted; the start of the month eleven months before `to`'s when omitted.")
            .Argument<DateTimeGraphType>("to", "The first instant not counted; now when omitted.")
            .ResolveAsync(async c =>
            {
                var to = c.GetArgument<DateTime?>("to")?.ToUniversalTime() ?? clock.GetUtcNow().UtcDateTime;
                var from = c.GetArgument<DateTime?>("from")?.ToUniversalTime() ?? SatisfactionFigures.YearUpTo(to);
                if (SatisfactionFigures.CheckPeriod(from, to) is { } problem) throw new CodedError("INVALID_ARGUMENT", problem);
                var id = c.Source.Id;
                return await c.ReadAsync(db =>
                    SatisfactionFigures.MonthsAsync(db.SatisfactionSurveys.Where(s => s.AccountId == id), from, to, c.CancellationToken));
            })
            .Reads()
            .FieldType.RequireRoles(Roles.Internal);
}
