using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;
using GraphKam.Server.Users;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace GraphKam.Server.Distributors;

public sealed class DistributorType : NodeGraphType<Distributor>
{
    public DistributorType() : base("Distributor", "A channel partner: a distributor or an agent, its territory, contract, accounts and scorecards.")
    {
        Field(d => d.Name).Description("The partner's name.");
        Field<NonNullGraphType<DistributorKindType>>("kind").Description("Its kind, by the rights its contract gives.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DistributorModelType>>("model").Description("Distributor (owns the goods) or agent (earns a commission).").Resolve(c => c.Source.Model);
        Field(d => d.CommissionRate, nullable: true).Description("An agent's commission, strictly between 0 and 1; null for a distributor.");
        Field<DistributorType>("parent").Description("For a second-tier distributor: the first-tier one it buys from.").Resolve(c => c.LoadById<Distributor>(c.Source.ParentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DistributorType>>>>("children").Description("The second-tier partners it supplies, by name.")
            .Resolve(c => c.LoadChildren<Distributor>(d => d.ParentId!.Value, c.Source.Id).Then(children => (children ?? []).OrderBy(d => d.Name, StringComparer.Ordinal).ToList()));
        Field<NonNullGraphType<IntGraphType>>("level").Description("1 for a first-tier partner, 2 for a second-tier one.").Resolve(c => c.Source.ParentId == null ? 1 : 2)
            .Reads();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("regions").Description("The regions it may work; empty means all.").Resolve(c => c.Source.Regions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryType>>>>("industries").Description("The industries it may work; empty means all.").Resolve(c => c.Source.Industries);
        Field(d => d.ContactName, nullable: true).Description("Who to talk to at the partner.");
        Field(d => d.ContactEmail, nullable: true).Description("Their e-mail address.");
        Field(d => d.ContactPhone, nullable: true).Description("Their phone number.");
        Field(d => d.ContractStart).Description("When its contract started (UTC).");
        Field(d => d.ContractEnd, nullable: true).Description("When its contract ends (UTC); null when open-ended.");
        Field<NonNullGraphType<DistributorStatusType>>("status").Description("Whether it may work.").Resolve(c => c.Source.Status);
        this.AddConnection<Distributor, Account, AccountType, AccountFilterInput, AccountSortInput>("accounts", "active accounts it serves",
            d => d.Accounts.Where(a => a.ArchivedAt == null), new ConnectionOptions<Account> { ConnectionName = "AccountsConnection" });
        this.AddConnection<Distributor, Opportunity, OpportunityType, OpportunityFilterInput, OpportunitySortInput>("opportunities", "channel deals it works",
            d => d.Opportunities, new ConnectionOptions<Opportunity> { ConnectionName = "OpportunitiesConnection" });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScorecardType>>>>("scorecards").Description("Its quarterly scorecards, oldest first.")
            .Resolve(c => Scorecards(c));
        Field<ScorecardType>("latestScorecard").Description("Its most recent scorecard.").Resolve(c => Scorecards(c).Then(cards => cards.LastOrDefault()))
            .Reads();
        Field(d => d.CreatedAt).Description("When it was added (UTC).");
        Field(d => d.UpdatedAt).Description("When it last changed (UTC).");
        Field(d => d.Version).Description("Changes with every update; send it back to detect concurrent changes.");
    }

    private static IDataLoaderResult<List<Scorecard>> Scorecards(IResolveFieldContext<Distributor> context) =>
        context.LoadChildren<Scorecard>(s => s.DistributorId, context.Source.Id)
            .Then(cards => (cards ?? []).OrderBy(s => s.Period, StringComparer.Ordinal).ToList());
}

public sealed class DistributorAssignmentType : ObjectType<DistributorAssignment>
{
    public DistributorAssignmentType()
    {
        Name = "DistributorAssignment";
        Description = "A distributor serving an account.";
        Field<NonNullGraphType<DistributorType>>("distributor").Description("The distributor.").Resolve(c => c.LoadById<Distributor>(c.Source.DistributorId));
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field(a => a.AssignedAt).Description("Since when (UTC).");
        Field<NonNullGraphType<StringGraphType>>("assignedBy").Description("Who assigned it.").ResolveActor(a => a.AssignedBy);
    }
}
