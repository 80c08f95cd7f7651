using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Plans;

/// <summary>An account plan changed (created, edited, moved, reviewed), published after the change committed.</summary>
public sealed record AccountPlanChanged(int PlanId, int AccountId, AccountPlanChangeKind Kind,
    AccountPlanStatus? PreviousStatus)
{
    public const string Topic = "account-plans";
}

public sealed class AccountPlanEventType : ObjectType<AccountPlanChanged>
{
    public AccountPlanEventType()
    {
        Name = "AccountPlanEvent";
        Description = "A change of an account plan.";
        Field<NonNullGraphType<AccountPlanChangeKindType>>("kind").Description("What happened.")
            .Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<AccountPlanType>>("accountPlan").Description("The plan, as it is now.")
            .Resolve(c => c.LoadById<AccountPlan>(c.Source.PlanId));
        Field<AccountPlanStatusType>("previousStatus")
            .Description("The status it left, for a status change or a review.")
            .Resolve(c => c.Source.PreviousStatus);
    }
}
