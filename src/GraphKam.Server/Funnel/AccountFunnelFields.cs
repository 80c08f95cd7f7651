using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;

namespace GraphKam.Server.Funnel;

/// <summary>The funnel fields of <c>Account</c>, added by the funnel area.</summary>
public sealed class AccountFunnelFields : ITypeExtension<AccountType>
{
    public void Extend(AccountType account) =>
        account.AddConnection<Account, Opportunity, OpportunityType, OpportunityFilterInput, OpportunitySortInput>("opportunities",
            "deals with this account", a => a.Opportunities, new ConnectionOptions<Opportunity> { ConnectionName = "OpportunitiesConnection" });
}
