using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Plans;

public sealed record CreateAccountPlanInput(string AccountId, int? Year, PlanContentInput Content);

/// <summary><c>createAccountPlan</c>: a new plan, in DRAFT, for an account and a year that has none yet.</summary>
public static class CreateAccountPlan
{
    public static readonly Type[] Errors =
    [
        typeof(InvalidIdError), typeof(AccountNotFoundError), typeof(AccountArchivedError), typeof(OutOfRangeError), typeof(DateOutOfCalendarError),
        typeof(PlanExistsError), typeof(RequiredValueError), typeof(TooLongError), typeof(TooManyEntriesError),
        typeof(PlanContactError),
    ];

    public static async Task<Payload> HandleAsync(CreateAccountPlanInput input, MutationScope scope)
    {
        var (account, missing) = await AccountLookup.ForChangeAsync(scope, input.AccountId, "accountId");
        if (account == null) return Payload.Failure(missing!);
        if (account.ArchivedAt != null) return Payload.Failure(new AccountArchivedError(input.AccountId));
        var year = input.Year ?? scope.Now.Year;
        if (year is < SalesCalendar.FirstYear or > SalesCalendar.LastYear)
            return Payload.Failure(new OutOfRangeError("year", SalesCalendar.FirstYear, SalesCalendar.LastYear, year));
        // Writers take turns (SQLite's immediate transactions, PostgreSQL's write lock): no one adds it meanwhile.
        var exists = await scope.Db.AccountPlans.AnyAsync(p => p.AccountId == account.Id && p.Year == year,
            scope.CancellationToken);
        if (exists)
            return Payload.Failure(new PlanExistsError(input.AccountId, year));

        var plan = new AccountPlan
        {
            AccountId = account.Id,
            Year = year,
            Status = AccountPlanStatus.Draft,
            CreatedAt = scope.Now,
            CreatedBy = scope.Actor,
            UpdatedAt = scope.Now,
            Version = 1,
        };
        var errors = await PlanContent.ApplyAsync(input.Content, plan, scope);
        if (errors.Count > 0) return Payload.Failure(errors);
        scope.Db.AccountPlans.Add(plan);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        scope.Publish(AccountPlanChanged.Topic,
            new AccountPlanChanged(plan.Id, plan.AccountId, AccountPlanChangeKind.Created, null));
        return Payload.Success(plan);
    }
}

public sealed class CreateAccountPlanInputType : InputObjectGraphType
{
    public CreateAccountPlanInputType()
    {
        Name = "CreateAccountPlanInput";
        Description = "A new account plan, in DRAFT: one per account and year. Lists left out start empty.";
        Field<NonNullGraphType<IdGraphType>>("accountId").Description("The account.");
        Field<IntGraphType>("year").Description("The calendar year; this year (by the server's clock) when omitted.");
        PlanContentInput.AddFields(this);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new CreateAccountPlanInput(value.RequiredId("accountId"), value.Get<int?>("year"),
            PlanContentInput.Parse(value));
}
