using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;
using GraphKam.Server.Funnel;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphKam.Server.Distributors;

/// <summary>Channel partners: their hierarchy and coverage, scorecards, conflicts and deal registration.</summary>
public sealed class DistributorsArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Query<DistributorQueries>().Mutations<DistributorMutations>().Subscriptions<DistributorSubscriptions>()
            .Extend<AccountType, AccountChannelFields>()
            .Extend<AccountFilterInput, AccountDistributorFilters>()
            .Extend<OpportunityType, OpportunityChannelFields>()
            .Extend<OpportunityFilterInput, OpportunityChannelFilters>()
            .Extend<OpportunitySortInput, OpportunityChannelSorts>()
            .Access<DistributorAccess>();
        area.Options<ChannelOptions>("GraphKam:Channel")
            .Validate(o => o.ScorecardWeights.AreValid, "GraphKam:Channel:ScorecardWeights must be 0 or more and not all 0.")
            .Validate(o => o.ProtectionDays is >= 0 and <= 3650, "GraphKam:Channel:ProtectionDays must be from 0 to 3650.")
            .ValidateOnStart();
        area.Services.Replace(ServiceDescriptor.Singleton<IDealChannel, ChannelPartners>());
        area.Services.AddSingleton<RegistrationServices>();
    }
}
