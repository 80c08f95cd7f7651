using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphKam.Server.Teams;
using GraphQL.Types;

namespace GraphKam.Server.Funnel;

public sealed record SplitInput(string UserId, decimal Percent, TeamRole Role);

public sealed record SetOpportunitySplitsInput(string OpportunityId, int Version, SplitType SplitType, IReadOnlyList<SplitInput> Splits);

public sealed class SplitTypeType : EnumType<SplitType>;

public sealed class SplitInputType : InputObjectGraphType
{
    public SplitInputType()
    {
        Name = "SplitInput";
        Description = "One person's share of the deal.";
        Field<NonNullGraphType<IdGraphType>>("userId").Description("One of the company's people.");
        Field<NonNullGraphType<DecimalGraphType>>("percent").Description("Their share: more than 0, at most 100, to the hundredth.");
        Field<NonNullGraphType<TeamRoleType>>("role").Description("Their part in the deal: OWNER for the deal's owner, and for nobody else.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new SplitInput(value.RequiredId("userId"), value.Required<decimal>("percent"), value.Required<TeamRole>("role"));
}

public sealed class SetOpportunitySplitsInputType : InputObjectGraphType
{
    public SetOpportunitySplitsInputType()
    {
        Name = "SetOpportunitySplitsInput";
        Description = "A deal's splits of one type, replacing the current ones: they add up to 100 %, or the list is empty "
            + "(no splits: the owner has all the credit).";
        Field<NonNullGraphType<IdGraphType>>("opportunityId").Description("The opportunity.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The opportunity's `version` you read.");
        Field<NonNullGraphType<SplitTypeType>>("splitType").Description("Which split.").DefaultValue(SplitType.Revenue);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SplitInputType>>>>("splits").Description($"The shares: at most {SplitRules.MaxShares}.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new SetOpportunitySplitsInput(
        value.RequiredId("opportunityId"), value.Required<int>("version"), value.Required<SplitType>("splitType"),
        value.GetList<SplitInput>("splits") ?? []);
}
