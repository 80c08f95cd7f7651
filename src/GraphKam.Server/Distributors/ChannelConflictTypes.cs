using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;
using GraphKam.Server.Users;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Distributors;

public sealed class ChannelConflictType : NodeGraphType<ChannelConflict>
{
    public ChannelConflictType() : base("ChannelConflict", "A channel conflict found by a rule, kept until someone resolves it.")
    {
        Field<NonNullGraphType<ConflictKindType>>("kind").Description("Which rule found it.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ConflictStatusType>>("status").Description("Open, resolved, or cleared because it no longer holds.").Resolve(c => c.Source.Status);
        Field<DistributorType>("distributor")
            .Description("The distributor involved; null for a partner reading a conflict where this is another partner.")
            .Resolve(c => c.LoadById<Distributor>(c.Source.DistributorId));
        Field<DistributorType>("otherDistributor").Description("The other distributor, for an overlap or a duplicate registration.")
            .Resolve(c => c.LoadById<Distributor>(c.Source.OtherDistributorId));
        Field<AccountType>("account").Description("The account concerned, if any.").Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field<OpportunityType>("opportunity").Description("The deal concerned, if any.").Resolve(c => c.LoadById<Opportunity>(c.Source.OpportunityId));
        Field<DealRegistrationType>("dealRegistration").Description("The deal registration that raised it, if any.")
            .Resolve(c => c.LoadById<DealRegistration>(c.Source.DealRegistrationId));
        Field<NonNullGraphType<StringGraphType>>("description")
            .Description("What was found, in words (for a partner: only what kind of conflict concerns it).")
            .Resolve(c => GraphKamClaims.IsPartner(c.User) ? ConflictWording.ForPartner(c.Source) : c.Source.Description)
            .Reads(nameof(ChannelConflict.Description), nameof(ChannelConflict.Kind)); // a partner's wording comes from the kind
        Field(x => x.DetectedAt).Description("When it was found (UTC).");
        Field(x => x.ResolvedAt, nullable: true).Description("When it was resolved or cleared (UTC).");
        Field<StringGraphType>("resolvedBy").Description("Who resolved it.").ResolveActor(x => x.ResolvedBy);
        Field(x => x.Resolution, nullable: true).Description("How it was resolved.");
        Field(x => x.Version).Description("Changes with every update; send it back to detect concurrent changes.");
    }
}

public sealed class DealRegistrationType : NodeGraphType<DealRegistration>
{
    public DealRegistrationType(IOptions<ChannelOptions> options) : base("DealRegistration", "A partner's claim on a deal (报备), approved into a channel opportunity or rejected.")
    {
        Field<NonNullGraphType<DistributorType>>("distributor").Description("The partner registering.").Resolve(c => c.LoadById<Distributor>(c.Source.DistributorId));
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field(r => r.Amount, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("The deal's expected value, in yuan.");
        Field(r => r.ExpectedCloseDate, nullable: true).Description("When it should close (UTC).");
        Field(r => r.Description).Description("What the deal is.");
        Field<NonNullGraphType<RegistrationStatusType>>("status").Description("Pending, approved or rejected.").Resolve(c => c.Source.Status);
        Field(r => r.RejectionReason, nullable: true).Description("Why it was rejected.");
        Field<OpportunityType>("opportunity").Description("The channel opportunity created on approval.").Resolve(c => c.LoadById<Opportunity>(c.Source.OpportunityId));
        Field(r => r.RegisteredAt).Description("When it was registered (UTC).");
        Field<NonNullGraphType<StringGraphType>>("registeredBy").Description("Who registered it.").ResolveActor(r => r.RegisteredBy);
        Field<NonNullGraphType<DateTimeGraphType>>("protectedUntil").Description("Until when another registration for the account is flagged (UTC).")
            .Resolve(c => c.Source.RegisteredAt.AddDays(options.Value.ProtectionDays))
            .Reads(nameof(DealRegistration.RegisteredAt));
        Field(r => r.DecidedAt, nullable: true).Description("When it was approved or rejected (UTC).");
        Field<StringGraphType>("decidedBy").Description("Who decided.").ResolveActor(r => r.DecidedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelConflictType>>>>("conflicts").Description("The conflicts found when it was registered.")
            .Resolve(c => c.LoadChildren<ChannelConflict>(x => x.DealRegistrationId!.Value, c.Source.Id).Then(conflicts => (conflicts ?? []).OrderBy(x => x.Id).ToList()));
        Field(r => r.Version).Description("Changes with every update; send it back to detect concurrent changes.");
    }
}
