using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;

namespace GraphKam.Server.Distributors;

/// <summary>The partner working a channel deal, added to <c>Opportunity</c> by the distributors area.</summary>
public sealed class OpportunityChannelFields : ITypeExtension<OpportunityType>
{
    public void Extend(OpportunityType opportunity) =>
        opportunity.Field<DistributorType>("distributor").Description("The distributor working it, for channel deals.").Resolve(c => c.LoadById<Distributor>(c.Source.DistributorId));
}

/// <summary>Opportunity filters on the partner, added by the distributors area.</summary>
public sealed class OpportunityChannelFilters : ITypeExtension<OpportunityFilterInput>
{
    public void Extend(OpportunityFilterInput filter) =>
        filter.Object<DistributorFilterInput, Distributor>("distributor", o => o.Distributor, "The distributor working it (matches only channel deals that have one).");
}

/// <summary>Opportunity sort keys on the partner, added by the distributors area.</summary>
public sealed class OpportunityChannelSorts : ITypeExtension<OpportunitySortInput>
{
    public void Extend(OpportunitySortInput sort) =>
        sort.Object<DistributorSortInput, Distributor>("distributor", o => o.Distributor, "By the distributor's fields.");
}
