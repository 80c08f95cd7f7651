using GraphKam.Tests.Infrastructure;
using W = GraphKam.Tests.Authorization.AuthorizationWorld;

namespace GraphKam.Tests.Authorization;

/// <summary>
/// What a partner's change sets off is judged on the whole company's data, not on the partner's view of it: the
/// standing conflict rules must see the direct deals and other partners' claims that the partner cannot.
/// </summary>
public sealed class SideEffectTests(AuthorizationWorld world) : IClassFixture<AuthorizationWorld>
{
    private Side Li => world.Callers[W.Director].Own!;
    private GraphQLClient Partner => world.Callers[W.Partner].Client;
    private GraphQLClient Director => world.Callers[W.Director].Client;

    [Fact]
    public async Task A_partners_edit_of_its_deal_leaves_the_companys_conflicts_open()
    {
        world.Snapshot.Restore();
        Assert.Equal(["OPEN"], await DirectConflictStatusesAsync());

        var renamed = await Partner.MutateAsync("updateOpportunity", "opportunity { name }",
            new { id = Li.ChannelDeal, version = await world.VersionAsync(Li.ChannelDeal!), name = "Renamed by the partner" });
        Assert.Empty(GraphQLClient.ErrorTypes(renamed));

        // The direct deal still works the account the partner serves: the conflict still holds.
        Assert.Equal(["OPEN"], await DirectConflictStatusesAsync());
    }

    [Fact]
    public async Task A_partners_registration_is_checked_against_deals_and_claims_it_cannot_see()
    {
        world.Snapshot.Restore();
        var filed = await Partner.MutateAsync("registerDeal", "dealRegistration { conflicts { kind } }",
            new { distributorId = Li.Distributor, accountId = Li.Account, amount = 1_000m, description = "Second claim" });
        Assert.Empty(GraphQLClient.ErrorTypes(filed));
        var kinds = filed.At("dealRegistration.conflicts").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).ToHashSet();
        Assert.Contains("DIRECT_VS_CHANNEL", kinds);
        Assert.Contains("DUPLICATE_REGISTRATION", kinds);
    }

    /// <summary>The statuses of the conflicts the open direct deal raised with the partner.</summary>
    private async Task<List<string?>> DirectConflictStatusesAsync()
    {
        var data = await Director.DataAsync($$"""
            { channelConflicts(where: { kind: { eq: DIRECT_VS_CHANNEL }, distributor: { id: { eq: "{{Li.Distributor}}" } } }) {
                nodes { status opportunity { name } } } }
            """);
        return data.At("channelConflicts.nodes").EnumerateArray()
            .Where(n => n.At("opportunity.name").GetString() == "Li direct deal")
            .Select(n => n.GetProperty("status").GetString()).ToList();
    }
}
