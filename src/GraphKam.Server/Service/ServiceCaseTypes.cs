using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.OrgCharts;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Service;

public sealed class ServiceCaseType : NodeGraphType<ServiceCase>
{
    public ServiceCaseType(TimeProvider clock) : base("ServiceCase",
        "A service request, complaint, incident or praise of an account (服务请求/投诉), with the deadlines its tier promised when it was opened.")
    {
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field<ContactType>("contact").Description("The account's person who raised it.").Resolve(c => c.LoadById<Contact>(c.Source.ContactId));
        Field<NonNullGraphType<ServiceCaseKindType>>("kind").Description("What it is.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ServiceSeverityType>>("severity").Description("How urgent it is.").Resolve(c => c.Source.Severity);
        Field<NonNullGraphType<ServiceChannelType>>("channel").Description("How it reached us.").Resolve(c => c.Source.Channel);
        Field(c => c.Subject).Description("What it is about.");
        Field(c => c.Description, nullable: true).Description("The details.");
        Field<NonNullGraphType<ServiceCaseStatusType>>("status").Description("Where it stands.").Resolve(c => c.Source.Status);
        Field<UserType>("owner").Description("Who from our side handles it.").Resolve(c => c.LoadById<User>(c.Source.OwnerId));
        Field(c => c.TierCode).Description("The account's tier (default policy) when it was opened, which set its deadlines.");
        Field(c => c.OpenedAt).Description("When it was opened (UTC).");
        Field<NonNullGraphType<StringGraphType>>("openedBy").Description("Who opened it.").ResolveActor(c => c.OpenedBy);
        Field(c => c.RespondBy).Description("Answer by then (UTC): opened + the tier's response hours.");
        Field(c => c.ResolveBy).Description("Resolve by then (UTC): opened + the tier's resolution hours for its severity.");
        Field(c => c.FirstResponseAt, nullable: true).Description("When it was first answered (UTC).");
        Field(c => c.ResolvedAt, nullable: true).Description("When it was resolved (UTC); null again when reopened.");
        Field(c => c.ClosedAt, nullable: true).Description("When it was closed (UTC).");
        Field<NonNullGraphType<BooleanGraphType>>("breached")
            .Description("Whether it missed a deadline: answered or resolved late, or still waiting past one.")
            .Resolve(c => ServiceLevels.IsBreached(c.Source, clock.GetUtcNow().UtcDateTime));
        Field(c => c.ResponseEscalatedAt, nullable: true).Description("When it was escalated for a missed response deadline (UTC).");
        Field(c => c.ResolutionEscalatedAt, nullable: true).Description("When it was escalated for a missed resolution deadline (UTC).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceCaseChangeType>>>>("history").Description("Every change, oldest first.")
            .Resolve(c => c.LoadChildren<ServiceCaseChange>(h => h.CaseId, c.Source.Id)
                .Then(changes => (changes ?? []).OrderBy(h => h.ChangedAt).ThenBy(h => h.Id).ToList()));
        Field(c => c.UpdatedAt).Description("When it last changed (UTC).");
        Field(c => c.Version).Description("Changes with every update; send it back to detect concurrent changes.");
    }
}

public sealed class ServiceCaseChangeType : ObjectType<ServiceCaseChange>
{
    public ServiceCaseChangeType()
    {
        Name = "ServiceCaseChange";
        Description = "A change of a service case.";
        Field<NonNullGraphType<ServiceCaseChangeKindType>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<ServiceCaseStatusType>("fromStatus").Description("The status it left; null when it kept its status.").Resolve(c => c.Source.FromStatus);
        Field<NonNullGraphType<ServiceCaseStatusType>>("toStatus").Description("Its status after the change.").Resolve(c => c.Source.ToStatus);
        Field(h => h.Note, nullable: true).Description("Why, or what was done, in words; partners serving the account read it too.");
        Field(h => h.ChangedAt).Description("When (UTC).");
        Field<NonNullGraphType<StringGraphType>>("changedBy").Description("Who (`system` for an escalation).").ResolveActor(h => h.ChangedBy);
    }
}

public sealed class ServiceCaseEventType : ObjectType<ServiceCaseChanged>
{
    public ServiceCaseEventType()
    {
        Name = "ServiceCaseEvent";
        Description = "A change of a service case.";
        Field<NonNullGraphType<ServiceCaseChangeKindType>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ServiceCaseType>>("serviceCase").Description("The case, as it is now.")
            .Resolve(c => c.LoadById<ServiceCase>(c.Source.CaseId));
        Field<ServiceCaseStatusType>("previousStatus").Description("The status it left, for a status change.").Resolve(c => c.Source.PreviousStatus);
    }
}
