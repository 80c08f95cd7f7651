using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Plans;

public sealed record UpdateAccountPlanInput(string Id, int Version, PlanContentInput Content);

/// <summary>
/// <c>updateAccountPlan</c>: changes a plan's content at the version the client read; a closed plan stays as it was.
/// </summary>
public static class UpdateAccountPlan
{
    public static readonly Type[] Errors =
    [
        typeof(InvalidIdError), typeof(AccountPlanNotFoundError), typeof(AccountArchivedError), typeof(StaleVersionError),
        typeof(PlanClosedError),
        typeof(OutOfRangeError), typeof(DateOutOfCalendarError), typeof(RequiredValueError), typeof(TooLongError), typeof(TooManyEntriesError),
        typeof(PlanContactError),
    ];

    public static async Task<Payload> HandleAsync(UpdateAccountPlanInput input, MutationScope scope)
    {
        var (plan, missing) = await PlanLookup.ForChangeAsync(scope, input.Id, "id", input.Version);
        if (plan == null) return Payload.Failure(missing!);
        if (plan.Status == AccountPlanStatus.Closed) return Payload.Failure(new PlanClosedError(input.Id));
        var errors = await PlanContent.ApplyAsync(input.Content, plan, scope);
        if (errors.Count > 0) return Payload.Failure(errors);
        plan.UpdatedAt = scope.Now;
        var payload = await scope.SaveNextVersionAsync(plan, input.Version);
        if (payload.Errors.Count == 0)
        {
            scope.Publish(AccountPlanChanged.Topic,
                new AccountPlanChanged(plan.Id, plan.AccountId, AccountPlanChangeKind.Updated, null));
        }
        return payload;
    }
}

public sealed class UpdateAccountPlanInputType : InputObjectGraphType
{
    public UpdateAccountPlanInputType()
    {
        Name = "UpdateAccountPlanInput";
        Description = "Changes to a plan's content: leave out what stays; a list sent replaces the plan's whole list "
            + "(send `objectives` with new `actual` values to record progress).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The plan.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
        PlanContentInput.AddFields(this);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new UpdateAccountPlanInput(value.RequiredId("id"), value.Required<int>("version"),
            PlanContentInput.Parse(value));
}
