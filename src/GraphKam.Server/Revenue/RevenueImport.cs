using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphKam.Server.Imports;

namespace GraphKam.Server.Revenue;

/// <summary>Months of revenue, as <c>recordRevenue</c> records them (<c>accountId</c>, <c>month</c>, <c>revenue</c>, <c>itRevenue</c>).</summary>
public sealed class RevenueImport : ImportKind
{
    public override string Name => "revenueRecords";
    public override string Mutation => "recordRevenue";

    public override Task<Payload> CreateAsync(object input, MutationScope scope, IServiceProvider services) =>
        RecordRevenue.HandleAsync((RecordRevenueInput)input, scope, services.GetRequiredService<RevenueFigures>());
}
