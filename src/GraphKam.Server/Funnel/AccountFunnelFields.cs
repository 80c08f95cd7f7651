using GraphKam.GraphQL.Paging;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Funnel;

/// <summary>The funnel fields of <c>Account</c>; they live with the funnel area, and <c>AccountType</c> adds them.</summary>
public static class AccountFunnelFields
{
    public static void AddFunnelFields(this ObjectGraphType<Account> account) =>
        account.AddConnection<Account, Opportunity, OpportunityType, OpportunityFilterInput, OpportunitySortInput>("opportunities",
            "deals with this account", a => a.Opportunities, new ConnectionOptions<Opportunity> { ConnectionName = "OpportunitiesConnection" });
}
