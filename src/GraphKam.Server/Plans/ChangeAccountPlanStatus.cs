using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Plans;

public sealed record ChangeAccountPlanStatusInput(string Id, int Version, AccountPlanStatus Status);

/// <summary>
/// <c>changeAccountPlanStatus</c>: activates a draft or closes a plan in force (see <see cref="PlanRules"/>).
/// </summary>
public static class ChangeAccountPlanStatus
{
    public static readonly Type[] Errors =
    [
        typeof(InvalidIdError), typeof(AccountPlanNotFoundError), typeof(AccountArchivedError), typeof(StaleVersionError),
        typeof(IllegalPlanTransitionError),
    ];

    public static async Task<Payload> HandleAsync(ChangeAccountPlanStatusInput input, MutationScope scope)
    {
        var (plan, missing) = await PlanLookup.ForChangeAsync(scope, input.Id, "id", input.Version);
        if (plan == null) return Payload.Failure(missing!);
        var from = plan.Status;
        if (!PlanRules.MayMove(from, input.Status))
            return Payload.Failure(new IllegalPlanTransitionError(from, input.Status));
        PlanRules.Move(plan, input.Status, scope.Now);
        var payload = await scope.SaveNextVersionAsync(plan, input.Version);
        if (payload.Errors.Count == 0)
            scope.Publish(AccountPlanChanged.Topic,
                new AccountPlanChanged(plan.Id, plan.AccountId, AccountPlanChangeKind.StatusChanged, from));
        return payload;
    }
}

public sealed class ChangeAccountPlanStatusInputType : InputObjectGraphType
{
    public ChangeAccountPlanStatusInputType()
    {
        Name = "ChangeAccountPlanStatusInput";
        Description = "Moves a plan: DRAFT → ACTIVE, or ACTIVE/REVIEWED → CLOSED. "
            + "A plan becomes REVIEWED by `recordPlanReview`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The plan.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
        Field<NonNullGraphType<AccountPlanStatusType>>("status").Description("The status to move to.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ChangeAccountPlanStatusInput(
        value.RequiredId("id"), value.Required<int>("version"), value.Required<AccountPlanStatus>("status"));
}
