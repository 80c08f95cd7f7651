using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphKam.Server.Teams;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Funnel;

public sealed class OpportunitySplitType : ObjectType<OpportunitySplit>
{
    public OpportunitySplitType()
    {
        Name = "OpportunitySplit";
        Description = "One person's share of a deal's credit (业绩分配).";
        Field<UserType>("user").Description("The person; null for a partner, who does not see the company's people.")
            .Resolve(c => c.LoadById<User>(c.Source.UserId));
        Field(s => s.Percent, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Their share, in percent (0 to 100).");
        Field<NonNullGraphType<TeamRoleType>>("role").Description("Their part in the deal.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<SplitTypeType>>("splitType").Description("Which split it belongs to.").Resolve(c => c.Source.Type);
    }
}
