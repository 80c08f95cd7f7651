using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Filtering;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;

namespace GraphKam.Server.Funnel;

/// <summary>What the funnel's queries and subscriptions share: the opportunities a request selects.</summary>
internal static class FunnelReading
{
    public static readonly Expression<Func<Opportunity, bool>> Active = o => o.Account!.ArchivedAt == null;

    /// <summary>Opportunities of active accounts that the client's <c>where</c> selects; every analytic takes the same filter.</summary>
    public static Expression<Func<Opportunity, bool>> Selected(IResolveFieldContext context)
    {
        var filter = context.GetArgument<FilterValue?>("where")?.ToPredicate<Opportunity>();
        return filter == null ? Active : Predicates.And(Active, filter);
    }


    /// <summary>
    /// How analytics rows are grouped. Partners may not group by owner: the keys would be the company's people (their
    /// IDs), whom partners do not see.
    /// </summary>
    public static PipelineGrouping Grouping(IResolveFieldContext context)
    {
        var grouping = context.GetArgument<PipelineGrouping>("groupBy");
        return grouping == PipelineGrouping.Owner && GraphKamClaims.IsPartner(context.User)
            ? throw new CodedError(ErrorCodes.AuthNotAuthorized, "Partners may group by REGION, INDUSTRY, TIER or MONTH, not by OWNER.")
            : grouping;
    }
}
