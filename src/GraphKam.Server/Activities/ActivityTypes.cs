using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.OrgCharts;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Activities;

public sealed class ActivityKindType : EnumType<ActivityKind>;

public sealed class ActivityType : NodeGraphType<Activity>
{
    public ActivityType() : base("Activity", "A contact with an account: a visit, call, meeting, proposal, demo, review or e-mail.")
    {
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>>("contacts").Description("The account's people who took part (removed ones included).")
            .Resolve(c => c.LoadChildren<ActivityContact>(l => l.ActivityId, c.Source.Id, include: l => l.Contact)
                .Then(links => (links ?? []).Select(l => l.Contact!).OrderBy(x => x.Name, StringComparer.Ordinal).ToList()));
        Field<IdGraphType>("opportunityId").Description("The opportunity the activity served, if any.")
            // Only a deal the caller may see: a partner's activity on an account may name a direct deal it does not.
            .Resolve(c => c.LoadById<Opportunity>(c.Source.OpportunityId).Then(deal => deal == null ? null : GlobalId.Encode("Opportunity", deal.Id)));
        Field<NonNullGraphType<ActivityKindType>>("type").Description("What kind of contact it was.").Resolve(c => c.Source.Type);
        Field(a => a.OccurredAt).Description("When it took place (UTC).");
        Field(a => a.Summary).Description("What happened.");
        Field(a => a.Outcome, nullable: true).Description("What came of it.");
        Field<UserType>("owner").Description("Who from our side carried it out.").Resolve(c => c.LoadById<User>(c.Source.OwnerId));
        Field(a => a.CreatedAt).Description("When it was logged (UTC).");
    }
}

public sealed class ActivityFilterInput : FilterInputType<Activity>
{
    public ActivityFilterInput() : base("Conditions on activities.")
    {
        Id("id", a => a.Id, "Activity", "The activity's ID.");
        Enum<ActivityKindType, ActivityKind>("type", a => a.Type, "What kind of contact it was.");
        Field("occurredAt", a => a.OccurredAt, "When it took place.");
        Field("summary", a => a.Summary, "What happened.");
        Field("outcome", a => a.Outcome, "What came of it.");
        Object<UserFilterInput, User>("owner", a => a.Owner, "Who carried it out.");
        Id("ownerId", a => a.OwnerId, "User", "Who carried it out, by ID.");
        Object<AccountFilterInput, Account>("account", a => a.Account, "The account.");
        List<ContactFilterInput, Contact>("contacts", a => a.Contacts.Select(l => l.Contact!), "The people who took part.");
        this.HideFromRestricted("ownerId");
    }
}

public sealed class ActivitySortInput : SortInputType<Activity>
{
    public ActivitySortInput() : base("Sort keys for activities (newest first when no order is given).")
    {
        Field("occurredAt", a => a.OccurredAt, "By when it took place.");
        Field("type", a => a.Type, "By kind.");
        Field("createdAt", a => a.CreatedAt, "By when it was logged.");
    }
}
